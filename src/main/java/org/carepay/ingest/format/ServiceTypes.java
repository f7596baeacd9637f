package org.carepay.ingest.format;

import java.util.Arrays;
import java.util.stream.Stream;

/** The service types of packages.csv; budgets.csv has one more, ADHOC, for ad-hoc payments (R10). */
final class ServiceTypes {
    static final String[] ALL = {"HOMECARE", "DAY_CARE", "SUPPORTED_LIVING", "RESIDENTIAL", "NURSING", "ISF",
            "DIRECT_PAYMENT"};
    static final String[] BUDGETED = Stream.concat(Arrays.stream(ALL), Stream.of("ADHOC")).toArray(String[]::new);

    private ServiceTypes() {
    }
}
