package org.carepay.output.bacs;

/**
 * One credit transfer to a payee: a provider's total of an ap-payments.csv row, to the bank
 * details of its providers.csv row.
 *
 * <p>Names and references are taken as they come and sanitised when written (docs/bacs-std18.md);
 * only a value that would leave the field blank is refused, since the bank would reject it. Bank
 * details must already be bare digits: a sort code written {@code 12-34-56} is the caller's to
 * normalise, so that a malformed one is never guessed at here.
 *
 * @param destinationSortCode      6 digits
 * @param destinationAccountNumber 8 digits
 * @param destinationAccountName   the payee's account name; written as 18 Bacs characters
 * @param amountPence              above zero: Carepay pays only positive totals
 * @param reference                the remittance reference the payee reconciles by; 18 Bacs characters
 */
public record Credit(String destinationSortCode, String destinationAccountNumber, String destinationAccountName,
                     long amountPence, String reference) {

    /** 11 digits of pence: the width of the amount field. */
    static final long MAX_AMOUNT_PENCE = 99_999_999_999L;

    public Credit {
        BacsText.requireDigits(destinationSortCode, 6, "destination sort code");
        BacsText.requireDigits(destinationAccountNumber, 8, "destination account number");
        requireText(destinationAccountName, "destination account name");
        requireText(reference, "reference");
        if (amountPence <= 0) {
            throw new IllegalArgumentException("a credit's amount must be above zero pence, was " + amountPence);
        }
        if (amountPence > MAX_AMOUNT_PENCE) {
            throw new IllegalArgumentException("a credit's amount must fit 11 digits of pence, was " + amountPence);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || BacsText.sanitise(value).isEmpty()) {
            throw new IllegalArgumentException(field + " has no character the bank accepts");
        }
    }
}
