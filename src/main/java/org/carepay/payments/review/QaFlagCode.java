package org.carepay.payments.review;

/** R8's flags, in the order the QA report lists them for a provider. None of them blocks a run. */
public enum QaFlagCode {
    /** The provider's total is more than 25 % and more than £500 away from the mean of its last released runs. */
    TOTAL_VARIANCE,
    /** One line over £5,000. */
    LARGE_LINE,
    /** The provider's bank details changed in the 28 days before the proposal (mandate-fraud check). */
    BANK_DETAILS_CHANGED,
    /** The provider's total is zero or negative. */
    NON_POSITIVE_TOTAL
}
