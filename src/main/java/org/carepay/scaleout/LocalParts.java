package org.carepay.scaleout;

import org.carepay.CarepayProperties;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Without a broker: the parts are done at once on threads of this process, as many as CAREPAY_PARTS (one per
 * core): while one part's rows are stored, another's visits are rated.
 */
@Component
@ConditionalOnExpression("'${carepay.amqp.url:}' == ''")
class LocalParts implements Parts {

    private final int parts;

    LocalParts(CarepayProperties properties) {
        this.parts = properties.partsOrCores();
    }

    @Override
    public PartitionHandler handler(Step partStep) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(partStep.getName() + "-");
        threads.setConcurrencyLimit(parts);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(partStep);
        handler.setTaskExecutor(threads);
        handler.setGridSize(parts);
        return handler;
    }
}
