/**
 * A payment run's review, pure: R8's controls ({@link org.carepay.payments.review.QaFlags}) and the two
 * files the senior payments officer and the auditors read before a run is approved,
 * {@code qa-report.html} ({@link org.carepay.payments.review.QaReport}) and {@code summary.json}
 * ({@link org.carepay.payments.review.RunSummary}). No Spring, no SQL, no I/O: the run reads the facts
 * (provider totals, their released history, the large lines, control totals, inputs) and hands them
 * here; what comes back is a list or a String that the run writes as UTF-8 with
 * {@code org.carepay.output.AtomicFile}.
 *
 * <p>Both files are deterministic to the byte: no timestamps, everything sorted (text by Unicode code
 * point), LF line ends, a final LF. Money is {@link java.math.BigDecimal} with at most 2 decimals in,
 * exactly 2 decimals out; only a mean is ever rounded (half up, to the penny, for display).
 */
package org.carepay.payments.review;
