package org.carepay.cli;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The job execution this command started last, kept in memory: when the database dies under a job, the
 * repository can no longer be asked which execution to restart, so the command remembers it.
 */
@Component
class StartedExecutions implements JobExecutionListener, BeanPostProcessor {

    private volatile JobExecution last;

    @Override
    public void beforeJob(JobExecution execution) {
        last = execution;
    }

    /** Every job reports its start here. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(this);
        }
        return bean;
    }

    /** The execution started last by this command, or null. */
    JobExecution last() {
        return last;
    }

    /** Forgets the last one: a scheduler's next fire reports only an execution it started itself. */
    void forget() {
        last = null;
    }
}
