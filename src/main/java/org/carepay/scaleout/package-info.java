/**
 * Where the parts of a partitioned step are done: on threads of this process (the default), or, with a
 * RabbitMQ broker configured (CAREPAY_AMQP_URL), by {@code carepay worker} processes that share the job
 * repository; the manager waits for them through the repository and fails a part whose worker died
 * (docs/scale-out.md).
 */
package org.carepay.scaleout;
