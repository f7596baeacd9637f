/**
 * Valuation, pure (no Spring, no SQL, no clock): what a week is worth under the facts a run read. One
 * {@link org.carepay.valuation.WeekValuation} walks a week through the rules of {@code org.carepay.rules}
 * for every run that needs it: the homecare and scheduled runs for the week they pay, the billing run
 * for the weeks of its period, and R7's look-back for every released week of its window. Valuing a week
 * writes nothing, so a run can value 52 of them.
 */
package org.carepay.valuation;
