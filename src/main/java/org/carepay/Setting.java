package org.carepay;

/**
 * The settings an operator sets (README "Configuration"), by the environment variable that sets each: what
 * {@code carepay help} lists and what a refusal names. Each is also a Spring property ({@code carepay.*}), as
 * the variable's relaxed binding gives it.
 */
public enum Setting {
    INBOX("carepay.inbox", "inbox", "the inbox folder (formats.md's layout)"),
    OUT("carepay.out", "out", "where runs write their files"),
    DB_URL("carepay.db.url", "none", "a PostgreSQL server to use (a JDBC URL); without it, the embedded one"),
    DB_USER("carepay.db.user", "none", "its user"),
    DB_PASSWORD("carepay.db.password", "none", "its password"),
    DB_DIR("carepay.db.dir", "var/pg", "the embedded PostgreSQL's data, kept between commands"),
    LOG("logging.file.name", "var/log/carepay.log", "the log file (never personal data)"),
    APPROVERS("carepay.approvers", "bob,carol", "who may approve a run (R8): names, comma-separated"),
    JOBS("carepay.jobs", "jobs", "the job files the scheduler reads"),
    ALERTS("carepay.alerts", "var/alerts", "where the scheduler reports a fire that did not end well"),
    INGEST_CHUNK_BLOCKS("carepay.ingest.chunk-blocks", "50", "blocks of 1,000 lines per commit of ingest's load"),
    INGEST_FILES_PER_COMMIT("carepay.ingest.files-per-commit", "50", "files per commit of ingest's publish step"),
    BACS_SORT_CODE("carepay.bacs.originator-sort-code", "none", "the council's sort code, for release (6 digits)"),
    BACS_ACCOUNT_NUMBER("carepay.bacs.originator-account-number", "none", "the council's account number (8 digits)"),
    BACS_NAME("carepay.bacs.originator-name", "none", "the council's account name (at most 18 characters)"),
    COUNCIL_NAME("carepay.council.name", "Castlemere Borough Council", "the council's name on remittances and statements"),
    COUNCIL_ADDRESS("carepay.council.address", "the sample council's", "its address on them, lines separated by commas"),
    COUNCIL_PHONE("carepay.council.phone", "01632 960 400", "the telephone number providers and clients call"),
    COUNCIL_EMAIL("carepay.council.email", "care.finance@castlemere.example", "the e-mail address they write to"),
    COUNCIL_WAYS_TO_PAY("carepay.council.ways-to-pay", "the sample council's", "how clients pay a bill: ways, comma-separated"),
    COUNCIL_QUERIES("carepay.council.queries", "the sample council's", "how to query or appeal a charge, in words"),
    COUNCIL_PAYMENT_TERMS("carepay.council.payment-terms-days", "28", "days from a statement's date to its due date"),
    HOMECARE_TOLERANCE("carepay.homecare.tolerance-minutes", "5", "R2's tolerance of a short visit, in minutes"),
    HOMECARE_ROUNDING("carepay.homecare.rounding-unit-minutes", "5", "R2's rounding unit, in minutes"),
    MONITOR_YEAR_START("carepay.monitor.financial-year-start", "04-01", "R10: the day the financial year starts, MM-DD"),
    MONITOR_OVER_BUDGET("carepay.monitor.over-budget-percent", "2", "R10: OVER_BUDGET above this % of the budget"),
    MONITOR_UNDER_DELIVERED("carepay.monitor.under-delivered-percent", "80", "R10: UNDER_DELIVERED below this %"),
    MONITOR_MISSED_VISITS("carepay.monitor.missed-visits-in-a-week", "3", "R10: MISSED_VISITS from this many in a week"),
    MONITOR_DELIVERY_WEEKS("carepay.monitor.delivery-weeks", "4", "R10: the released weeks care-plan delivery covers"),
    PARTS("carepay.parts", "0", "parts of a homecare run's rating done at once; 0: one per core of the machine"),
    AMQP_URL("carepay.amqp.url", "none", "a RabbitMQ broker (amqp://user:password@host:5672): parts go to workers"),
    AMQP_QUEUE("carepay.amqp.queue", "carepay.parts", "the broker's queue of parts: one per council on a broker"),
    BILLING_ANCHOR("carepay.billing.anchor", "2026-04-06", "R0: the Monday billing periods of 28 days tile from");

    private final String property;
    private final String byDefault;
    private final String meaning;

    Setting(String property, String byDefault, String meaning) {
        this.property = property;
        this.byDefault = byDefault;
        this.meaning = meaning;
    }

    /** The environment variable: CAREPAY_, then the property's words in capitals, dashes left out. */
    public String variable() {
        return this == LOG ? "CAREPAY_LOG" : variableOf(property);
    }

    public String byDefault() {
        return byDefault;
    }

    public String meaning() {
        return meaning;
    }

    /** The variable that sets a {@code carepay.*} property, as Spring's relaxed binding reads it. */
    public static String variableOf(String property) {
        return property.replace('.', '_').replace("-", "").toUpperCase(java.util.Locale.ROOT);
    }
}
