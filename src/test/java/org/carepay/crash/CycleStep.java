package org.carepay.crash;

import java.util.List;
import java.util.Set;

/**
 * One command of the sample council's two-week cycle, and how an operator reading {@code carepay status} knows
 * that it is done once its process was killed.
 */
sealed interface CycleStep {

    /** The command's words. */
    List<String> words();

    /** The inbox it is run with (CAREPAY_INBOX). */
    String inbox();

    /** Whether status shows its work done; {@code seen} is the newest execution the operator knew before it. */
    boolean done(StatusView status, long seen);

    /** ingest or audit: done when status shows an execution of its job newer than any seen before, COMPLETED. */
    record Job(String job, String inbox, List<String> words) implements CycleStep {
        @Override
        public boolean done(StatusView status, long seen) {
            return status.newest(job).filter(e -> e.id() > seen && e.status().equals("COMPLETED")).isPresent();
        }
    }

    /** A proposal, an approval or a release: done when status shows the run in one of the states it leads to. */
    record Run(String runId, Set<String> doneStates, String inbox, List<String> words) implements CycleStep {
        @Override
        public boolean done(StatusView status, long seen) {
            return doneStates.contains(status.runStatus(runId));
        }
    }

    /**
     * sample-data/README's two weeks: week 1 taken in, proposed, approved and released, then week 2's late news
     * and runs, released too, and the audit of everything released.
     */
    static List<CycleStep> twoWeeks(String week1Inbox, String week2Inbox) {
        List<CycleStep> steps = new java.util.ArrayList<>();
        week(steps, week1Inbox, "2026-11-16", "2026-11-16");
        week(steps, week2Inbox, "2026-11-23", "2026-12-14");
        steps.add(new Job("audit", week2Inbox, List.of("audit")));
        return steps;
    }

    private static void week(List<CycleStep> steps, String inbox, String week, String period) {
        steps.add(new Job("ingest", inbox, List.of("ingest")));
        List<String> runs = List.of("HC-" + week + "-1", "SP-" + week + "-1", "BL-" + period + "-1");
        steps.add(propose(runs.get(0), inbox, "homecare-run", "week=" + week));
        steps.add(propose(runs.get(1), inbox, "scheduled-run", "week=" + week));
        steps.add(propose(runs.get(2), inbox, "billing-run", "period=" + period));
        for (String run : runs) {
            steps.add(new Run(run, Set.of("APPROVED", "RELEASED"), inbox, List.of("approve", "run=" + run, "by=bob")));
            steps.add(new Run(run, Set.of("RELEASED"), inbox, List.of("release", "run=" + run)));
        }
    }

    private static Run propose(String runId, String inbox, String command, String span) {
        return new Run(runId, Set.of("PROPOSED", "APPROVED", "RELEASED"), inbox, List.of(command, span, "by=alice"));
    }
}
