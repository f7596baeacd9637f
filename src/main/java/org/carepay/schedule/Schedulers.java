package org.carepay.schedule;

import java.io.IOException;
import java.time.Clock;

import javax.sql.DataSource;

import org.carepay.CarepayProperties;
import org.springframework.stereotype.Component;

/** Makes the scheduler of this process: the job files read once, at start (a bad one refuses to start). */
@Component
public class Schedulers {

    private final Fires fires;
    private final DoneWork done;
    private final DataSource dataSource;
    private final CarepayProperties properties;

    Schedulers(Fires fires, DoneWork done, DataSource dataSource, CarepayProperties properties) {
        this.fires = fires;
        this.done = done;
        this.dataSource = dataSource;
        this.properties = properties;
    }

    public Scheduler create(Commands commands, Clock clock) throws IOException, JobFileException {
        return create(commands, clock, Scheduler.thisProcess());
    }

    /** @param id the scheduler as its fires record it (two in one process, as in tests, need two) */
    public Scheduler create(Commands commands, Clock clock, String id) throws IOException, JobFileException {
        return new Scheduler(JobFiles.read(properties.jobs()), fires, done, dataSource, commands, properties.alerts(),
                clock, properties.billing().anchor(), id);
    }
}
