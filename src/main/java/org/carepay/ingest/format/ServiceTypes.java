package org.carepay.ingest.format;

/** The service types of packages.csv. */
final class ServiceTypes {
    static final String[] ALL = {"HOMECARE", "DAY_CARE", "SUPPORTED_LIVING", "RESIDENTIAL", "NURSING", "ISF",
            "DIRECT_PAYMENT"};

    private ServiceTypes() {
    }
}
