package org.carepay.payments.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * {@code summary.json}: a payment or billing run's review facts for machines and auditors. Written by hand rather
 * than by a JSON library so that the bytes are fixed here: keys in the order below (not alphabetical,
 * not a map's), 2-space indentation, {@code "key": value}, empty lists as {@code []} and an empty map as
 * {@code {}}, LF line ends and a final LF.
 *
 * <pre>
 * run_id, kind, week_start, status, proposed_on   the run (a billing run: period_start for week_start)
 * policy          {name: value}, every policy value the run used, by name (code point order)
 * inputs          [{path, sha256}], by path
 * control_totals  [{file, lines, amount, providers}], by file (a billing run: clients for providers)
 * flags           [{provider_id, code, detail}], in {@link QaFlag#ORDER} (a billing run has none)
 * </pre>
 *
 * Amounts are JSON strings with exactly 2 decimals ({@code "1234.50"}, {@code "-3.00"}), as in the CSV
 * files: a JSON number would be read as a binary double by many consumers, and a string keeps the
 * pennies exact and the 2 decimals visible. Counts are JSON numbers; dates are {@code "yyyy-MM-dd"}
 * strings; policy values are strings as configured.
 */
public final class RunSummary {

    private RunSummary() {
    }

    /**
     * @param policyValues every policy value the run used, e.g. {@code "homecare.tolerance_minutes" -> "5"},
     *                     R8's included ({@link QaPolicy#values()}); written in code point order of name
     */
    public static String json(RunFacts run, SortedMap<String, String> policyValues, List<InputFile> inputs,
                              List<ControlTotal> totals, List<QaFlag> flags) {
        Objects.requireNonNull(run, "run");
        boolean billing = RunFacts.BILLING.equals(run.kind());
        List<String> members = new ArrayList<>();
        members.add(member("run_id", Text.json(run.runId())));
        members.add(member("kind", Text.json(run.kind())));
        members.add(member(billing ? "period_start" : "week_start", Text.json(run.weekStart().toString())));
        members.add(member("status", Text.json(run.status())));
        members.add(member("proposed_on", Text.json(run.proposedOn().toString())));
        members.add(member("policy", object(policyValues.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Text.CODE_POINT_ORDER))
                .map(value -> member(value.getKey(), Text.json(value.getValue()))).toList())));
        members.add(member("inputs", array(inputs.stream().sorted(InputFile.ORDER).toList(), input -> object(List.of(
                member("path", Text.json(input.path())),
                member("sha256", Text.json(input.sha256())))))));
        members.add(member("control_totals", array(totals.stream().sorted(ControlTotal.ORDER).toList(),
                total -> object(List.of(
                        member("file", Text.json(total.file())),
                        member("lines", Long.toString(total.lines())),
                        member("amount", Text.json(Money.text(total.amount()))),
                        member(billing ? "clients" : "providers", Integer.toString(total.parties())))))));
        members.add(member("flags", array(flags.stream().sorted(QaFlag.ORDER).toList(), flag -> object(List.of(
                member("provider_id", Text.json(flag.providerId())),
                member("code", Text.json(flag.code().name())),
                member("detail", Text.json(flag.detail())))))));
        return object(members) + "\n";
    }

    // Values are built inside out as text at indentation 0; nesting indents every line after the
    // first by 2 spaces, which is safe as no JSON string here holds a raw line break (Text.json escapes).

    private static String member(String key, String value) {
        return Text.json(key) + ": " + value;
    }

    private static String object(List<String> members) {
        return members.isEmpty() ? "{}" : "{\n" + indented(members) + "\n}";
    }

    private static <T> String array(List<T> items, Function<T, String> value) {
        return items.isEmpty() ? "[]" : "[\n" + indented(items.stream().map(value).toList()) + "\n]";
    }

    private static String indented(List<String> values) {
        return String.join(",\n", values.stream().map(value -> "  " + value.replace("\n", "\n  ")).toList());
    }
}
