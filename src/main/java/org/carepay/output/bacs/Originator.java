package org.carepay.output.bacs;

/**
 * The council's account that the credits are paid from: the originating sorting code and account
 * number of every record, and the service user's name the payees see beside each payment. Bound
 * from {@code carepay.bacs.originator-sort-code}, {@code carepay.bacs.originator-account-number}
 * and {@code carepay.bacs.originator-name} (docs/bacs-std18.md).
 *
 * <p>The name is checked, not sanitised: it is the name the bank registered for the council, so a
 * character the bank would refuse is a configuration mistake to be told, not quietly changed.
 *
 * @param sortCode      6 digits, no hyphens
 * @param accountNumber 8 digits
 * @param name          1 to 18 characters of the Bacs set (letters, digits, . &amp; / - space);
 *                      lower case is accepted and written upper-cased
 */
public record Originator(String sortCode, String accountNumber, String name) {

    static final int NAME_WIDTH = 18;

    public Originator {
        BacsText.requireDigits(sortCode, 6, "originator sort code");
        BacsText.requireDigits(accountNumber, 8, "originator account number");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("originator name must not be blank");
        }
        if (name.length() > NAME_WIDTH) {
            throw new IllegalArgumentException("originator name must be at most 18 characters, has " + name.length());
        }
        if (!BacsText.isBacsText(name)) {
            throw new IllegalArgumentException(
                    "originator name may hold only letters, digits, full stop, &, /, - and space: " + name);
        }
    }
}
