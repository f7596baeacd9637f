package org.carepay;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Carepay's configuration (operations.md): from the environment (CAREPAY_INBOX, CAREPAY_OUT,
 * CAREPAY_DB_URL, CAREPAY_DB_USER, CAREPAY_DB_PASSWORD, CAREPAY_DB_DIR) or the usual Spring files.
 *
 * @param approvers who may approve a run (R8), e.g. CAREPAY_APPROVERS=name,name
 * @param jobs      the folder of job files the scheduler reads (CAREPAY_JOBS)
 * @param alerts    where the scheduler reports a fire that did not end well (CAREPAY_ALERTS)
 * @param parts     how many parts a homecare run's rating is split into (CAREPAY_PARTS; 0: the machine's cores)
 * @param amqp      a RabbitMQ broker that takes the parts to {@code carepay worker} processes (CAREPAY_AMQP_URL)
 */
@ConfigurationProperties("carepay")
public record CarepayProperties(@DefaultValue("inbox") Path inbox, @DefaultValue("out") Path out,
                                @DefaultValue Db db, @DefaultValue Ingest ingest, @DefaultValue Homecare homecare,
                                @DefaultValue Scheduled scheduled, @DefaultValue Accounts accounts,
                                @DefaultValue Payments payments, @DefaultValue Billing billing, @DefaultValue Qa qa,
                                @DefaultValue Bacs bacs, @DefaultValue List<String> approvers,
                                @DefaultValue("jobs") Path jobs, @DefaultValue("var/alerts") Path alerts,
                                @DefaultValue Council council, @DefaultValue Monitor monitor,
                                @DefaultValue("0") int parts, @DefaultValue Amqp amqp) {

    /** The parts a rating is split into: as set, or one per core of the machine. */
    public int partsOrCores() {
        return parts > 0 ? parts : Runtime.getRuntime().availableProcessors();
    }

    /** With a url, the parts of a rating go over the broker to worker processes (docs/scale-out.md). */
    public record Amqp(String url, @DefaultValue("carepay.parts") String queue) {
        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    /** With no url, an embedded PostgreSQL whose data lives in {@code dir} and is kept between commands. */
    public record Db(String url, String user, String password, @DefaultValue("var/pg") Path dir) {
        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }

    /**
     * How the ingest commits: blocks of 1,000 lines per chunk of the load step, and files per
     * transaction of the publish step (measured in docs/benchmarks.md; smaller is finer restart).
     */
    public record Ingest(@DefaultValue("50") int chunkBlocks, @DefaultValue("50") int filesPerCommit) {
    }

    /** R2's policy values (rules.md, in bold): recorded in every run's summary. */
    public record Homecare(@DefaultValue("5") int toleranceMinutes, @DefaultValue("5") int roundingUnitMinutes) {
        /** As a run's summary records them. */
        public Map<String, String> policyValues() {
            return Map.of("homecare.rounding_unit_minutes", Integer.toString(roundingUnitMinutes),
                    "homecare.tolerance_minutes", Integer.toString(toleranceMinutes));
        }
    }

    /** R3's policy values (rules.md, in bold). */
    public record Scheduled(@DefaultValue("3") int deathGraceDays, @DefaultValue("42") int retainerDays) {
        /** As a run's summary records them. */
        public Map<String, String> policyValues() {
            return Map.of("scheduled.death_grace_days", Integer.toString(deathGraceDays),
                    "scheduled.retainer_days", Integer.toString(retainerDays));
        }
    }

    /** R9: an account holding more than this many weeks of budget is flagged SURPLUS (rules.md, in bold). */
    public record Accounts(@DefaultValue("8") int surplusWeeks) {
    }

    /**
     * When a payment run pays: its payment_date is this many days after the Monday of its week (11: the
     * Friday after the week ends). A date of the run, not of the clock, so that files are reproducible.
     */
    /**
     * R10's policy values (rules.md, in bold): the day the financial year starts (MM-DD), the share of the budget a
     * projected outturn may exceed it by before OVER_BUDGET, the delivery below which a package is UNDER_DELIVERED,
     * and the missed visits of one week that make MISSED_VISITS, over the last released weeks.
     */
    public record Monitor(@DefaultValue("04-01") String financialYearStart,
                          @DefaultValue("2") BigDecimal overBudgetPercent,
                          @DefaultValue("80") BigDecimal underDeliveredPercent,
                          @DefaultValue("3") int missedVisitsInAWeek, @DefaultValue("4") int deliveryWeeks) {
        public MonthDay yearStart() {
            try {
                return MonthDay.parse("--" + financialYearStart);
            } catch (DateTimeParseException e) {
                throw new SettingException(Setting.MONITOR_YEAR_START.variable() + "=" + financialYearStart
                        + " is not a day of the year MM-DD (04-01 is 1 April)");
            }
        }
    }

    public record Payments(@DefaultValue("11") int paymentDaysAfterWeekStart) {
    }

    /** R0: billing periods of 28 days tile from this Monday (rules.md, in bold). */
    public record Billing(@DefaultValue("2026-04-06") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate anchor) {
    }

    /** R8's thresholds for the QA report (rules.md, in bold). */
    public record Qa(@DefaultValue("0.25") BigDecimal varianceFraction, @DefaultValue("500.00") BigDecimal varianceAmount,
                     @DefaultValue("5000.00") BigDecimal largeLine, @DefaultValue("28") int bankChangeDays) {
    }

    /**
     * The council as its remittances and statements name it: its letterhead and where to ask. The defaults are
     * the sample council's (a fictional address, an Ofcom drama telephone number, a reserved mail domain).
     */
    public record Council(@DefaultValue("Castlemere Borough Council") String name,
                          @DefaultValue("Adult Social Care Finance, Town Hall, Market Square, Castlemere CM1 1AA")
                          String address,
                          @DefaultValue("01632 960 400") String phone,
                          @DefaultValue("care.finance@castlemere.example") String email,
                          @DefaultValue({"By Direct Debit: call us to set one up",
                                  "Online at castlemere.example/pay with your account number",
                                  "By bank transfer to sort code 40-12-76 account 12345678 with your account number as the reference",
                                  "By debit card on 01632 960 401"}) List<String> waysToPay,
                          @DefaultValue("If you think a charge is wrong, call or write to us within 28 days of this"
                                  + " statement: we will look at it again, and tell you how to appeal if you still"
                                  + " disagree. If you cannot pay, please tell us: we can agree a plan.")
                          String queries,
                          @DefaultValue("28") int paymentTermsDays) {
        /** The letterhead's lines beside the name: the address by its commas, then the contacts. */
        public List<String> letterheadLines() {
            List<String> lines = new ArrayList<>(List.of(address.split("\\s*,\\s*")));
            lines.add("Telephone " + phone);
            lines.add(email);
            return lines;
        }
    }

    /** The council's account that BACS credits are paid from (docs/bacs-std18.md). */
    public record Bacs(String originatorSortCode, String originatorAccountNumber, String originatorName) {
    }
}
