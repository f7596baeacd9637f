package org.carepay.payments.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepay.payments.review.QaFlagsTest.money;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** summary.json, checked against text written by hand. */
class RunSummaryTest {

    static final RunFacts RUN = new RunFacts("SP-2026-11-16-1", "SCHEDULED", LocalDate.of(2026, 11, 16), "PROPOSED",
            LocalDate.of(2026, 11, 23));
    static final String EMPTY_SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; // of no bytes
    static final String OTHER_SHA = "0123456789abcdef".repeat(4);

    static SortedMap<String, String> policyValues() {
        SortedMap<String, String> values = new TreeMap<>(QaPolicy.DEFAULT.values());
        values.put("homecare.tolerance_minutes", "5");
        return values;
    }

    /** Each list given out of the order the file writes it in. */
    static String summary() {
        return RunSummary.json(RUN, policyValues(),
                List.of(new InputFile("reference/providers.csv", OTHER_SHA),
                        new InputFile("reference/packages.csv", EMPTY_SHA)),
                List.of(new ControlTotal("payment-lines.csv", 3, money("5620.5"), 2),
                        new ControlTotal("ap-payments.csv", 2, money("5620.50"), 2)),
                List.of(new QaFlag(QaFlagCode.NON_POSITIVE_TOTAL, "P02", "total -379.50"),
                        new QaFlag(QaFlagCode.LARGE_LINE, "P01", "reference/packages.csv:4 (client C01, package PK01): 6000.00")));
    }

    @Test
    void aSmallRunWrittenByHand() {
        // control totals: P01 6000.00 and P02 −379.50 = 5620.50, by file name; inputs by path
        // ("packages" < "providers"); flags by provider; policy by name ("homecare…" < "qa…")
        assertThat(summary()).isEqualTo("""
                {
                  "run_id": "SP-2026-11-16-1",
                  "kind": "SCHEDULED",
                  "week_start": "2026-11-16",
                  "status_at_proposal": "PROPOSED",
                  "proposed_on": "2026-11-23",
                  "policy": {
                    "homecare.tolerance_minutes": "5",
                    "qa.bank_change_days": "28",
                    "qa.large_line": "5000.00",
                    "qa.variance_amount": "500.00",
                    "qa.variance_fraction": "0.25"
                  },
                  "inputs": [
                    {
                      "path": "reference/packages.csv",
                      "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                    },
                    {
                      "path": "reference/providers.csv",
                      "sha256": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                    }
                  ],
                  "control_totals": [
                    {
                      "file": "ap-payments.csv",
                      "lines": 2,
                      "amount": "5620.50",
                      "providers": 2
                    },
                    {
                      "file": "payment-lines.csv",
                      "lines": 3,
                      "amount": "5620.50",
                      "providers": 2
                    }
                  ],
                  "flags": [
                    {
                      "provider_id": "P01",
                      "code": "LARGE_LINE",
                      "detail": "reference/packages.csv:4 (client C01, package PK01): 6000.00"
                    },
                    {
                      "provider_id": "P02",
                      "code": "NON_POSITIVE_TOTAL",
                      "detail": "total -379.50"
                    }
                  ]
                }
                """);
    }

    @Test
    void emptyListsAndMapsAreWrittenInline() {
        assertThat(RunSummary.json(RUN, new TreeMap<>(), List.of(), List.of(), List.of())).isEqualTo("""
                {
                  "run_id": "SP-2026-11-16-1",
                  "kind": "SCHEDULED",
                  "week_start": "2026-11-16",
                  "status_at_proposal": "PROPOSED",
                  "proposed_on": "2026-11-23",
                  "policy": {},
                  "inputs": [],
                  "control_totals": [],
                  "flags": []
                }
                """);
    }

    @Test
    void stringsAreJsonEscapedAndReadBackUnchanged() throws Exception {
        String detail = "a \"quoted\" back\\slash, new\nline, tab\t, bell\u0007, caf\u00e9, \u2028";
        String json = RunSummary.json(RUN, new TreeMap<>(), List.of(), List.of(),
                List.of(new QaFlag(QaFlagCode.LARGE_LINE, "P<1>", detail)));
        assertThat(json).contains("\"provider_id\": \"P<1>\"")
                .contains("\"detail\": \"a \\\"quoted\\\" back\\\\slash, new\\nline, tab\\t, bell\\u0007, caf\u00e9, \\u2028\"");
        // a strict parser reads the text back exactly
        JsonNode flag = new ObjectMapper().readTree(json).get("flags").get(0);
        assertThat(flag.get("detail").asText()).isEqualTo(detail);
        assertThat(flag.get("provider_id").asText()).isEqualTo("P<1>");
    }

    @Test
    void itIsValidJsonWithAmountsAsTwoDecimalStrings() throws Exception {
        JsonNode root = new ObjectMapper().readTree(summary());
        assertThat(root.get("control_totals").get(0).get("amount").isTextual()).isTrue();
        assertThat(root.get("control_totals").get(0).get("amount").asText()).isEqualTo("5620.50");
        assertThat(root.get("control_totals").get(0).get("lines").isIntegralNumber()).isTrue();
    }

    @Test
    void theSameFactsGiveTheSameBytesWhateverTheirOrder() {
        String first = summary();
        assertThat(summary()).isEqualTo(first);
        // policy handed over in reverse name order: still written in name order
        SortedMap<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.putAll(policyValues());
        List<InputFile> inputs = new ArrayList<>(List.of(new InputFile("reference/packages.csv", EMPTY_SHA),
                new InputFile("reference/providers.csv", OTHER_SHA)));
        List<ControlTotal> totals = new ArrayList<>(List.of(new ControlTotal("ap-payments.csv", 2, money("5620.50"), 2),
                new ControlTotal("payment-lines.csv", 3, money("5620.50"), 2)));
        List<QaFlag> flags = new ArrayList<>(List.of(
                new QaFlag(QaFlagCode.LARGE_LINE, "P01", "reference/packages.csv:4 (client C01, package PK01): 6000.00"),
                new QaFlag(QaFlagCode.NON_POSITIVE_TOTAL, "P02", "total -379.50")));
        Collections.reverse(inputs);
        Collections.reverse(totals);
        Collections.reverse(flags);
        assertThat(RunSummary.json(RUN, reversed, inputs, totals, flags)).isEqualTo(first);
        assertThat(first).doesNotContain("\r").endsWith("}\n");
    }
}
