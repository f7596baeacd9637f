package org.carepay.payments.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

import org.carepay.output.Json;

/**
 * {@code summary.json}: a payment or billing run's review facts for machines and auditors. Written by hand rather
 * than by a JSON library so that the bytes are fixed here: keys in the order below (not alphabetical,
 * not a map's), 2-space indentation, {@code "key": value}, empty lists as {@code []} and an empty map as
 * {@code {}}, LF line ends and a final LF.
 *
 * <pre>
 * run_id, kind, week_start, status_at_proposal, proposed_on   the run (written once, when it is proposed:
 *                                     its approval and release are in lifecycle.csv and release.json)
 *                                     (a billing run: period_start for week_start)
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
        members.add(Json.member("run_id", Json.string(run.runId())));
        members.add(Json.member("kind", Json.string(run.kind())));
        members.add(Json.member(billing ? "period_start" : "week_start", Json.string(run.weekStart().toString())));
        members.add(Json.member("status_at_proposal", Json.string(run.status())));
        members.add(Json.member("proposed_on", Json.string(run.proposedOn().toString())));
        members.add(Json.member("policy", Json.object(policyValues.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Text.CODE_POINT_ORDER))
                .map(value -> Json.member(value.getKey(), Json.string(value.getValue()))).toList())));
        members.add(Json.member("inputs", Json.array(inputs.stream().sorted(InputFile.ORDER).toList(), input -> Json.object(List.of(
                Json.member("path", Json.string(input.path())),
                Json.member("sha256", Json.string(input.sha256())))))));
        members.add(Json.member("control_totals", Json.array(totals.stream().sorted(ControlTotal.ORDER).toList(),
                total -> Json.object(List.of(
                        Json.member("file", Json.string(total.file())),
                        Json.member("lines", Long.toString(total.lines())),
                        Json.member("amount", Json.string(Money.text(total.amount()))),
                        Json.member(billing ? "clients" : "providers", Integer.toString(total.parties())))))));
        members.add(Json.member("flags", Json.array(flags.stream().sorted(QaFlag.ORDER).toList(), flag -> Json.object(List.of(
                Json.member("provider_id", Json.string(flag.providerId())),
                Json.member("code", Json.string(flag.code().name())),
                Json.member("detail", Json.string(flag.detail())))))));
        return Json.object(members) + "\n";
    }

}
