package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.Test;

/**
 * Proposing a week again when nothing was taken in or released since its proposal would only repeat it: refused
 * (exit 3) unless force=yes; and a cycle passes over a refused step to the others (issue #12).
 */
class ProposeAgainTest extends CliTest {

    @Test
    void aProposalWithNothingNewSinceStandsUnlessForced() {
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("homecare-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);

        assertThat(Printed.by(ExitCode.REFUSED, "homecare-run", "week=2026-11-16", "by=ann")).isEqualTo("carepay:"
                + " HC-2026-11-16-1 stands: nothing was taken in or released since it was proposed, so a new proposal"
                + " would repeat it (force=yes proposes it again all the same)\n");
        assertThat(Printed.by(ExitCode.DONE, "homecare-run", "week=2026-11-16", "by=ann", "force=yes"))
                .startsWith("homecare-run: proposing HC-2026-11-16-2 (started by ann)\n");
    }

    @Test
    void aCyclePassesOverARefusedStepToTheOthers() {
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("homecare-run", "week=2026-11-16")).isEqualTo(ExitCode.DONE);

        String cycle = Printed.by(ExitCode.DONE, "cycle", "week=2026-11-16");
        assertThat(cycle).contains("cycle: homecare-run week=2026-11-16 refused, as said; carrying on\n",
                "scheduled-run: proposing SP-2026-11-16-1 (started by ");
        assertThat(Printed.by(ExitCode.DONE, "status")).contains("HC-2026-11-16-1      PROPOSED")
                .doesNotContain("HC-2026-11-16-2");
    }
}
