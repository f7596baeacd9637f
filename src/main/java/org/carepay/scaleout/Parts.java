package org.carepay.scaleout;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.step.Step;

/** Hands the parts of a partitioned step to whoever does them: threads of this process, or workers. */
public interface Parts {

    /** The handler of a partitioned step whose parts are each done by this step. */
    PartitionHandler handler(Step partStep);
}
