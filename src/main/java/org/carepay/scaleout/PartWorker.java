package org.carepay.scaleout;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * What a {@code carepay worker} does with a part taken from the broker: holding the part's lock, it does the
 * part with Spring Batch's handler, which records its progress in the shared job repository. A part that is
 * no longer waiting to start (the broker handed it on after its first worker died) is left for the manager
 * to fail, and for a restart to do again.
 */
final class PartWorker {

    private static final Logger LOG = LoggerFactory.getLogger(PartWorker.class);

    private final StepExecutionRequestHandler handler;
    private final JobRepository jobRepository;
    private final PartLocks locks;

    PartWorker(StepExecutionRequestHandler handler, JobRepository jobRepository, PartLocks locks) {
        this.handler = handler;
        this.jobRepository = jobRepository;
        this.locks = locks;
    }

    void take(StepExecutionRequest request) {
        long id = request.getStepExecutionId();
        try (PartLocks.Held held = locks.hold(id)) {
            StepExecution part = jobRepository.getStepExecution(id);
            if (part == null || !part.getStepName().startsWith(request.getStepName() + ":")) {
                throw new IllegalStateException("step execution " + id + " is not a part of " + request.getStepName()
                        + " in this database: do the manager and its workers share CAREPAY_DB_URL and"
                        + " CAREPAY_AMQP_QUEUE?");
            }
            if (part.getStatus() != BatchStatus.STARTING) {
                LOG.warn("part {} (step execution {}) is {}: not done again here", request.getStepName(), id,
                        part.getStatus());
                return;
            }
            LOG.info("part {} (step execution {}) taken", part.getStepName(), id);
            StepExecution done = handler.handle(request);
            LOG.info("part {} (step execution {}) {}", part.getStepName(), id, done.getStatus());
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the lock of step execution " + id + " was not held", e);
        }
    }
}
