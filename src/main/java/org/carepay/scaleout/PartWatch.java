package org.carepay.scaleout;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.scheduling.TaskScheduler;

/**
 * The manager's side of remote parts: while Spring Batch's handler waits for the parts in the job repository,
 * every second the watch fails a part that says STARTED but whose worker no longer holds its lock (the worker
 * died). The partitioned step then ends FAILED, and its restart does only the parts that did not complete.
 */
final class PartWatch implements PartitionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PartWatch.class);
    static final Duration EVERY = Duration.ofSeconds(1);

    private final PartitionHandler handler;
    private final String partStepName;
    private final JobRepository jobRepository;
    private final PartLocks locks;
    private final TaskScheduler scheduler;

    PartWatch(PartitionHandler handler, String partStepName, JobRepository jobRepository, PartLocks locks,
              TaskScheduler scheduler) {
        this.handler = handler;
        this.partStepName = partStepName;
        this.jobRepository = jobRepository;
        this.locks = locks;
        this.scheduler = scheduler;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution managerStepExecution)
            throws Exception {
        long jobExecutionId = managerStepExecution.getJobExecutionId();
        ScheduledFuture<?> watch = scheduler.scheduleWithFixedDelay(() -> failAbandoned(jobExecutionId), EVERY);
        try {
            return handler.handle(splitter, managerStepExecution);
        } finally {
            watch.cancel(false);
        }
    }

    private void failAbandoned(long jobExecutionId) {
        try {
            jobRepository.getJobExecution(jobExecutionId).getStepExecutions().stream()
                    .filter(part -> part.getStepName().startsWith(partStepName + ":"))
                    .filter(part -> part.getStatus() == BatchStatus.STARTED)
                    .forEach(part -> locks.ifUnheld(part.getId(), this::failIfStillStarted));
        } catch (RuntimeException e) {
            LOG.warn("the parts of job execution {} could not be watched this time", jobExecutionId, e);
        }
    }

    /** Read again under the lock: the worker may have finished between the two reads. */
    private void failIfStillStarted(long stepExecutionId) {
        StepExecution part = jobRepository.getStepExecution(stepExecutionId);
        if (part != null && part.getStatus() == BatchStatus.STARTED) {
            part.setStatus(BatchStatus.FAILED);
            part.setExitStatus(ExitStatus.FAILED.addExitDescription(
                    "its worker stopped (the process died or lost its database connection)"));
            part.setEndTime(LocalDateTime.now());
            jobRepository.update(part);
            LOG.warn("part {} (step execution {}) failed: its worker stopped", part.getStepName(), stepExecutionId);
        }
    }
}
