package org.carepay.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.carepay.ledger.LedgerLine;
import org.carepay.ledger.NotPaid;

/**
 * The rows of a provider's remittance advice (docs/payment-runs.md, remittances): what was paid, line by line,
 * with the client's name, the visit's start, the units in words and the rate that priced them; the corrections
 * of released weeks and the recoveries carried, with their reasons; then what was not paid, paid in part or
 * held, with the value not paid. The amount column holds only money paid, so it sums to the payment. Names and
 * rates come from the reference snapshots the run read ({@link RemittanceReference}), invoice numbers from the
 * input line each payment line names; no council staff name is shown (a held request's detail names its
 * requester and approver: the remittance says only what it waits for).
 */
final class RemittanceRows {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("HH:mm");

    private final RemittanceReference reference;

    RemittanceRows(RemittanceReference reference) {
        this.reference = reference;
    }

    /** A payment line: PAID, or for R7's lines CORRECTION. */
    RemittanceLine paid(LedgerLine line) {
        RemittanceReference.Terms terms = reference.terms(line.packageId());
        // the input line an invoice or ad-hoc payment pays, looked up once for its rate, reason and reference
        RemittanceReference.InvoiceTerms invoice = "INVOICE".equals(line.lineType())
                ? reference.invoice(line.sourcePath(), line.sourceRecord()) : null;
        RemittanceReference.Request request = "ADHOC".equals(line.lineType())
                ? reference.request(line.sourcePath(), line.sourceRecord()) : null;
        Pricing pricing = pricing(line, terms, invoice);
        return new RemittanceLine(line.corrects() ? "CORRECTION" : "PAID", line.clientId(),
                reference.name(line.clientId()), line.packageId(), words(line.serviceType()),
                Objects.toString(line.weekStart(), null), Objects.toString(line.serviceDate(), null),
                line.actualStart() == null ? null : START.format(line.actualStart()),
                line.paidUnits() == null ? null : line.paidUnits().stripTrailingZeros().toPlainString(),
                pricing.unit(), rate(pricing.rate()), pricing.per(), line.amount(), null,
                reason(line, terms, invoice, request), yourReference(line, invoice, request));
    }

    /** An exception naming the provider: its code and why, and the value not paid. */
    RemittanceLine notPaid(NotPaid exception) {
        String why = switch (exception.code()) {
            case "AWAITING_APPROVAL" -> "awaiting the council's approval";
            case "SELF_APPROVED" -> "awaiting a second approval by the council";
            default -> exception.detail();
        };
        return new RemittanceLine(exception.section(), exception.clientId(), reference.name(exception.clientId()),
                exception.packageId(), null, null, exception.serviceDate(), null, null, null, null, null, null,
                exception.amountNotPaid(), why == null ? null : exception.code() + ": " + why,
                inputLine(exception.sourcePath(), exception.sourceRecord()));
    }

    /** The units a line paid in words, the rate that priced them and what it is per. */
    private record Pricing(String unit, BigDecimal rate, String per) {
    }

    private Pricing pricing(LedgerLine line, RemittanceReference.Terms terms,
                            RemittanceReference.InvoiceTerms invoice) {
        BigDecimal termsRate = terms == null ? null : terms.unitRate();
        return switch (line.lineType()) {
            case "VISIT" -> new Pricing("carer-minutes", termsRate != null ? termsRate : framework(line), "hour");
            case "SCHEDULED" -> {
                BigDecimal weekly = termsRate != null ? termsRate : framework(line);
                yield new Pricing("days of 7", weekly == null || terms == null ? null
                        : weekly.multiply(terms.plannedUnitsPerWeek()), "week");
            }
            case "INVOICE" -> {
                String unit = terms == null ? null : terms.unit().toLowerCase(Locale.ROOT);
                yield new Pricing(unit == null ? null : unit + "s", invoice == null ? null : invoice.unitRate(), unit);
            }
            default -> new Pricing(null, null, null);
        };
    }

    /** The framework rate in force on the visit's day, or over the whole week of a weekly line. */
    private BigDecimal framework(LedgerLine line) {
        LocalDate from = line.serviceDate() != null ? line.serviceDate() : line.weekStart();
        LocalDate to = line.serviceDate() != null ? line.serviceDate() : line.weekStart().plusDays(6);
        return reference.frameworkRate(line.providerId(), line.serviceType(), from, to);
    }

    private static String reason(LedgerLine line, RemittanceReference.Terms terms,
                                 RemittanceReference.InvoiceTerms invoice, RemittanceReference.Request request) {
        if (line.corrects()) {
            return line.detail();
        }
        return switch (line.lineType()) {
            case "SCHEDULED" -> terms != null && "NET".equals(terms.paymentMethod())
                    ? "net of the resident's assessed contribution" : null;
            case "INVOICE" -> invoice == null ? null
                    : "period " + invoice.periodStart() + " to " + invoice.periodEnd();
            case "ADHOC" -> request == null ? null : words(request.requestType());
            default -> null;
        };
    }

    private static String yourReference(LedgerLine line, RemittanceReference.InvoiceTerms invoice,
                                        RemittanceReference.Request request) {
        return switch (line.lineType()) {
            case "ADJUSTMENT" -> "corrects " + line.sourcePath();
            case "INVOICE" -> invoice == null ? null : "invoice " + invoice.invoiceNo();
            case "ADHOC" -> request == null ? null : "request " + request.requestId();
            default -> inputLine(line.sourcePath(), line.sourceRecord());
        };
    }

    /** A line's input as its provider knows it: "P01-2026-11-16.csv row 7"; nothing for a reference row. */
    private static String inputLine(String path, Integer record) {
        return path.startsWith("reference/") || record == null ? null
                : path.substring(path.indexOf('/') + 1) + " row " + record;
    }

    /** A rate to the penny, or to as many places as it has beyond them (a rate of 15.125 stays so). */
    private static String rate(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal trimmed = rate.stripTrailingZeros();
        return (trimmed.scale() <= 2 ? trimmed.setScale(2, RoundingMode.UNNECESSARY) : trimmed).toPlainString();
    }

    /** A code in words: HOME_CARE is "home care". */
    private static String words(String code) {
        return code == null ? null : code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
