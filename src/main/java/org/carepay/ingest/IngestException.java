package org.carepay.ingest;

/**
 * A line or file that an ingest refused or noted, in the columns of exceptions.csv. A null
 * recordNo is a whole-file code; entityKey says which reference entity (or return) it concerns.
 */
record IngestException(long fileId, Integer recordNo, String code, String severity, String providerId,
                       String clientId, String packageId, String serviceDate, String detail, String entityKey) {

    /** What the inbox said, as PostgreSQL can keep it: a NUL character (which no text may hold) as U+FFFD. */
    IngestException {
        providerId = storable(providerId);
        clientId = storable(clientId);
        packageId = storable(packageId);
        serviceDate = storable(serviceDate);
        detail = storable(detail);
        entityKey = storable(entityKey);
    }

    private static String storable(String text) {
        return text == null ? null : text.replace('\0', '\uFFFD');
    }

    static IngestException ofFile(long fileId, String code, String severity, String detail) {
        return new IngestException(fileId, null, code, severity, null, null, null, null, detail, null);
    }
}
