package org.carepay.scaleout;

import java.net.URI;

import javax.sql.DataSource;

import org.carepay.CarepayProperties;
import org.carepay.Setting;
import org.carepay.SettingException;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * With a broker (CAREPAY_AMQP_URL): a partitioned step sends each part as a request on the council's durable
 * queue (CAREPAY_AMQP_QUEUE), and waits for the parts in the shared job repository (Spring Batch Integration's
 * MessageChannelPartitionHandler, polling), watched by {@link PartWatch}. {@code carepay worker} starts this
 * process's consumer of the queue ({@link #WORKER_INBOUND}); it takes one part at a time, acknowledged once
 * done, so a worker that dies hands its part back to the broker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${carepay.amqp.url:}' != ''")
@EnableIntegration
public class RemotePartsConfiguration {

    /** The bean that consumes the queue: started by {@code carepay worker} only. */
    public static final String WORKER_INBOUND = "partsConsumer";
    /** How often the manager reads the job repository for its parts. */
    private static final long POLL_MILLIS = 1000;

    @Bean
    CachingConnectionFactory partsConnectionFactory(CarepayProperties properties) {
        if (properties.db().embedded()) {
            throw new SettingException(Setting.AMQP_URL.variable() + " is set, but workers need the database server"
                    + " the manager uses: set " + Setting.DB_URL.variable() + " too");
        }
        return new CachingConnectionFactory(URI.create(properties.amqp().url()));
    }

    @Bean
    Queue partsQueue(CarepayProperties properties) {
        return new Queue(properties.amqp().queue(), true);
    }

    @Bean
    RabbitAdmin partsAdmin(CachingConnectionFactory partsConnectionFactory) {
        return new RabbitAdmin(partsConnectionFactory); // declares the queue on the first connection
    }

    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("parts-");
        scheduler.setPoolSize(2);
        return scheduler;
    }

    @Bean
    DirectChannel partRequests() {
        return new DirectChannel();
    }

    /** Out: a request as text ("step execution id, step name"), not a serialized Java object. */
    @Bean
    IntegrationFlow partRequestsOutbound(DirectChannel partRequests, CachingConnectionFactory partsConnectionFactory,
                                         Queue partsQueue) {
        return IntegrationFlow.from(partRequests)
                .<StepExecutionRequest, String>transform(request -> request.getStepExecutionId() + " "
                        + request.getStepName())
                .handle(Amqp.outboundAdapter(new RabbitTemplate(partsConnectionFactory)).routingKey(partsQueue.getName()))
                .get();
    }

    @Bean
    PartLocks partLocks(DataSource dataSource) {
        return new PartLocks(dataSource);
    }

    @Bean
    Parts remoteParts(DirectChannel partRequests, JobRepository jobRepository, PartLocks partLocks,
                      ThreadPoolTaskScheduler taskScheduler, CarepayProperties properties) {
        int parts = properties.partsOrCores();
        return partStep -> {
            MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
            handler.setStepName(partStep.getName());
            handler.setMessagingOperations(new MessagingTemplate(partRequests));
            handler.setJobRepository(jobRepository);
            handler.setPollInterval(POLL_MILLIS);
            handler.setGridSize(parts);
            try {
                handler.afterPropertiesSet();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new PartWatch(handler, partStep.getName(), jobRepository, partLocks, taskScheduler);
        };
    }

    /** In, on a worker: one part at a time, acknowledged once done. */
    @Bean
    IntegrationFlow partRequestsInbound(CachingConnectionFactory partsConnectionFactory, Queue partsQueue,
                                        PartWorker partWorker) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(partsConnectionFactory);
        container.setQueues(partsQueue);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(1);
        container.setDefaultRequeueRejected(false); // a part that failed is failed in the repository, not retried
        return IntegrationFlow.from(Amqp.inboundAdapter(container).id(WORKER_INBOUND).autoStartup(false))
                .<String>handle((request, headers) -> {
                    partWorker.take(new StepExecutionRequest(request.substring(request.indexOf(' ') + 1),
                            Long.valueOf(request.substring(0, request.indexOf(' ')))));
                    return null;
                })
                .get();
    }

    @Bean
    PartWorker partWorker(JobRepository jobRepository, PartLocks partLocks, BeanFactory beanFactory) {
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beanFactory);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(steps);
        return new PartWorker(handler, jobRepository, partLocks);
    }
}
