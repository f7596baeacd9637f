package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A proposal whose command was killed after it was recorded and before its job started (found by
 * scripts/crash-test): the same command by the same person carries it on, so that the week's run keeps its
 * attempt number, as if nothing had died; someone else's proposal supersedes it as any other.
 */
class UnstartedProposalTest extends CliTest {

    @BeforeEach
    void killedBetweenProposalAndJob() throws Exception {
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        sql("""
                insert into payment_run (run_id, kind, week_start, attempt, status, started_by, proposed_on, started_os,
                                         proposed_at)
                values ('HC-2026-11-16-1', 'HOMECARE', '2026-11-16', 1, 'PROPOSING', 'ann', current_date, 'ann', now())""");
    }

    @Test
    void theSameCommandCarriesTheProposalOn() {
        assertThat(Printed.by(ExitCode.DONE, "homecare-run", "week=2026-11-16", "by=ann"))
                .startsWith("homecare-run: carrying on HC-2026-11-16-1, proposed before and never started (started by ann)\n");
        assertThat(Printed.by(ExitCode.DONE, "status")).contains("HC-2026-11-16-1      PROPOSED")
                .doesNotContain("HC-2026-11-16-2");
    }

    @Test
    void theSameCommandCarriesItOnWhenItsJobInstanceWasLeftWithNoExecution() throws Exception {
        // The instance Spring Batch creates before the execution: its key is the MD5 of its identifying parameter.
        sql("""
                insert into batch_job_instance (job_instance_id, version, job_name, job_key)
                values (nextval('batch_job_instance_seq'), 0, 'homecareRun', md5('JobParameter{name=''run_id'','
                        || ' value=HC-2026-11-16-1, type=class java.lang.String, identifying=true}'))""");
        assertThat(Printed.by(ExitCode.DONE, "homecare-run", "week=2026-11-16", "by=ann"))
                .startsWith("homecare-run: carrying on HC-2026-11-16-1, proposed before and never started (started by ann)\n");
        assertThat(Printed.by(ExitCode.DONE, "status")).contains("HC-2026-11-16-1      PROPOSED")
                .doesNotContain("HC-2026-11-16-2");
    }

    @Test
    void anotherPersonsProposalSupersedesIt() {
        assertThat(Printed.by(ExitCode.DONE, "homecare-run", "week=2026-11-16", "by=dev"))
                .startsWith("homecare-run: proposing HC-2026-11-16-2 (started by dev)\n");
        assertThat(Printed.by(ExitCode.DONE, "status")).contains("HC-2026-11-16-1      SUPERSEDED",
                "HC-2026-11-16-2      PROPOSED");
    }
}
