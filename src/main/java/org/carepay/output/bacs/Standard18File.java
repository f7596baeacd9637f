package org.carepay.output.bacs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The data records of a Bacs Standard 18 credit submission: one 100-character record per credit
 * (transaction code 99), then one contra (transaction code 17) that debits their total from the
 * council's account. The volume and file labels (VOL1, HDR1, HDR2, UHL1, EOF, UTL1) are the bureau
 * software's to add. Field positions: docs/bacs-std18.md.
 *
 * <p>Pure and deterministic: the same originator, date and credits, in the same order, give the
 * same bytes. The credits are written in the order given (ap-payments.csv is sorted by provider).
 */
public final class Standard18File {

    /** The length of every record, without its line ending. */
    public static final int RECORD_LENGTH = 100;

    private static final String ACCOUNT_TYPE = "0";
    private static final String DIRECT_CREDIT = "99";
    private static final String CREDIT_CONTRA = "17";
    /** Positions 32-35: the free / RTI field, unused for plain credits. */
    private static final String FREE_FIELD = "    ";
    private static final int TEXT_WIDTH = 18;
    private static final int AMOUNT_WIDTH = 11;
    /** The contra's reference must read CONTRA, so the bank can tell it from a payment. */
    private static final String CONTRA_REFERENCE = "CONTRA";

    /** LF is Carepay's own convention (formats.md); CRLF for bureau software that wants it. */
    public enum LineEnding {
        LF("\n"), CRLF("\r\n");

        private final String characters;

        LineEnding(String characters) {
            this.characters = characters;
        }
    }

    private Standard18File() {
    }

    /** The file with LF line endings. */
    /** A credit's reference as its record holds it (positions 65–82), without the spaces that pad it. */
    public static String referenceAsWritten(String reference) {
        return BacsText.field(reference, TEXT_WIDTH).strip();
    }

    public static String render(Originator originator, LocalDate processingDate, List<Credit> credits) {
        return render(originator, processingDate, credits, LineEnding.LF);
    }

    /**
     * The records, each followed by the line ending (the last one too). No credits give an empty
     * file: a contra of zero is not a valid Bacs record, and there is nothing to pay.
     */
    public static String render(Originator originator, LocalDate processingDate, List<Credit> credits,
                                LineEnding lineEnding) {
        Objects.requireNonNull(lineEnding, "lineEnding");
        StringBuilder file = new StringBuilder();
        for (String record : records(originator, processingDate, credits)) {
            file.append(record).append(lineEnding.characters);
        }
        return file.toString();
    }

    /** Writes {@link #render} to {@code out}; every character is ASCII, so one byte each. */
    public static void write(OutputStream out, Originator originator, LocalDate processingDate, List<Credit> credits,
                             LineEnding lineEnding) throws IOException {
        out.write(render(originator, processingDate, credits, lineEnding).getBytes(StandardCharsets.US_ASCII));
    }

    /** The records without line endings: the credits in the order given, then the contra. */
    public static List<String> records(Originator originator, LocalDate processingDate, List<Credit> credits) {
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(processingDate, "processingDate");
        Objects.requireNonNull(credits, "credits");
        if (credits.isEmpty()) {
            return List.of();
        }
        List<String> records = new ArrayList<>(credits.size() + 1);
        long total = 0;
        for (Credit credit : credits) {
            Objects.requireNonNull(credit, "credit");
            records.add(creditRecord(originator, credit));
            total = addToTotal(total, credit.amountPence());
        }
        records.add(contraRecord(originator, processingDate, total));
        return List.copyOf(records);
    }

    private static String creditRecord(Originator originator, Credit credit) {
        return record(credit.destinationSortCode(), credit.destinationAccountNumber(), DIRECT_CREDIT, originator,
                credit.amountPence(), originator.name(), credit.reference(), credit.destinationAccountName());
    }

    /**
     * The contra pays the credits out of the council's own account, so that account is both its
     * destination and its origin. Its narrative carries the processing date the file was written
     * for, so the debit on the council's statement can be matched to the release.
     */
    private static String contraRecord(Originator originator, LocalDate processingDate, long total) {
        return record(originator.sortCode(), originator.accountNumber(), CREDIT_CONTRA, originator, total,
                "CAREPAY " + processingDate, CONTRA_REFERENCE, originator.name());
    }

    /** Positions 1-100 in field order; the three text fields are the only ones that vary by kind. */
    private static String record(String destinationSortCode, String destinationAccountNumber, String transactionCode,
                                 Originator originator, long amountPence, String nameField, String referenceField,
                                 String accountNameField) {
        String record = destinationSortCode                        // 1-6
                + destinationAccountNumber                         // 7-14
                + ACCOUNT_TYPE                                     // 15
                + transactionCode                                  // 16-17
                + originator.sortCode()                            // 18-23
                + originator.accountNumber()                       // 24-31
                + FREE_FIELD                                       // 32-35
                + BacsText.pence(amountPence, AMOUNT_WIDTH)        // 36-46
                + BacsText.field(nameField, TEXT_WIDTH)            // 47-64
                + BacsText.field(referenceField, TEXT_WIDTH)       // 65-82
                + BacsText.field(accountNameField, TEXT_WIDTH);    // 83-100
        if (record.length() != RECORD_LENGTH) {
            // Unreachable while the records validate their widths; a guard, not a rule.
            throw new IllegalStateException("a Standard 18 record must be 100 characters, was " + record.length());
        }
        return record;
    }

    private static long addToTotal(long total, long amountPence) {
        long sum = total + amountPence; // both at most 11 digits: cannot overflow a long
        if (sum > Credit.MAX_AMOUNT_PENCE) {
            throw new IllegalArgumentException(
                    "the credits' total does not fit the contra's 11 digits of pence: split the submission");
        }
        return sum;
    }
}
