package org.carepay.payments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.carepay.output.CsvOutput;

/**
 * lifecycle.csv in a run's folder: who proposed, approved and released it, and when, with the
 * operating-system account of each command beside the name given. Written at each step; the release's
 * is sealed with the run's other files.
 */
public final class LifecycleFile {

    public static final String NAME = "lifecycle.csv";

    private static final CsvOutput CSV = new CsvOutput(List.of("step", "at", "name", "os_account"),
            Set.of("name", "os_account"));

    private LifecycleFile() {
    }

    public static void write(Path folder, RunLifecycle lifecycle) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        row(rows, "PROPOSED", lifecycle.proposed());
        row(rows, "APPROVED", lifecycle.approved());
        row(rows, "RELEASED", lifecycle.released());
        CSV.write(folder.resolve(NAME), rows);
    }

    private static void row(List<List<?>> rows, String step, RunLifecycle.Step done) {
        if (done.happened()) {
            rows.add(Arrays.asList(step, done.at() == null ? null : done.at().toInstant().toString(),
                    done.name(), done.osAccount()));
        }
    }
}
