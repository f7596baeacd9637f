package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.Test;

/**
 * A restart of an execution whose work a later execution carried on says so (issue #11), in place of Spring
 * Batch's "Illegal state (only happens on a race condition)", and status does not tell the operator to restart it.
 * An execution whose end its database did not record (a step left running or UNKNOWN) is carried on.
 */
class RestartOfFinishedWorkTest extends CliTest {

    @Test
    void aFailedExecutionWhoseStepsEndWasNeverRecordedIsRestarted() throws Exception {
        homecareRunFailedInItsFilesStep();
        // As when the database died under the job: the job's end recorded, its step's not.
        sql("update batch_step_execution set status = 'STARTED', end_time = null"
                + " where job_execution_id = 2 and step_name = 'writeRunFiles'");
        sql("update batch_job_execution set exit_message = '' where job_execution_id = 2"); // as recover() leaves it
        assertThat(Printed.by(ExitCode.DONE, "status")).contains("restart with: carepay restart execution=2\n");

        assertThat(CarepayCli.run("restart", "execution=2")).isEqualTo(ExitCode.DONE);
        assertThat(Printed.by(ExitCode.DONE, "status")).contains("HC-2026-11-16-1      PROPOSED");
    }

    @Test
    void anExecutionWhoseEndCouldNotBeRecordedIsCarriedOn() throws Exception {
        homecareRunFailedInItsFilesStep();
        // As Spring Batch leaves a job whose database died as its step ended: step and job UNKNOWN.
        sql("update batch_step_execution set status = 'UNKNOWN' where job_execution_id = 2"
                + " and step_name = 'writeRunFiles'");
        sql("update batch_job_execution set status = 'UNKNOWN' where job_execution_id = 2");
        assertThat(Printed.by(ExitCode.DONE, "status")).contains("         its end was not recorded (its database"
                + " died?): carry on with: carepay restart execution=2\n");

        assertThat(CarepayCli.run("restart", "execution=2")).isEqualTo(ExitCode.DONE);
        assertThat(Printed.by(ExitCode.DONE, "status")).contains("HC-2026-11-16-1      PROPOSED")
                .containsPattern("  2 +homecareRun +FAILED .*\n(?:.*\n){6} +carried on by execution 3\n"); // after its 6 steps
    }

    @Test
    void aFailedExecutionThatALaterOneFinishedHasNothingToRestart() throws IOException {
        homecareRunFailedInItsFilesStep();
        assertThat(CarepayCli.run("restart", "execution=2")).isEqualTo(ExitCode.DONE); // 3, which finishes it

        assertThat(Printed.by(ExitCode.REFUSED, "restart", "execution=2")).isEqualTo("carepay: execution 2 was"
                + " carried on and finished by execution 3; there is nothing to restart\n");
        assertThat(Printed.by(ExitCode.DONE, "status")).containsPattern("  2 +homecareRun +FAILED .*\n(?:.*\n){6}"
                + " +carried on by execution 3\n").doesNotContain("restart with: carepay restart execution=2");
    }

    /** Ingest is execution 1; the homecare run, execution 2, fails writing its files, and the cause is then gone. */
    private void homecareRunFailedInItsFilesStep() throws IOException {
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        Path folder = dir.resolve("out/payments/HC-2026-11-16-1");
        Files.createDirectories(folder.getParent());
        Files.writeString(folder, "a file where the run's folder goes: its files step fails");
        assertThat(CarepayCli.run("homecare-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.FAILED);
        Files.delete(folder);
    }
}
