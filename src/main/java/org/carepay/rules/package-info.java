/**
 * The payment rules, pure: plain Java records and small classes that take the facts a run has read
 * and give what the specification says is paid or refused, with no Spring, no SQL and no I/O, so that
 * every rule can be tested by hand.
 *
 * <p>So far R1's rates and R2, homecare visits paid on actuals: {@link org.carepay.rules.ReturnChecker}
 * checks the lines of one return (codes 2–11) and works out each accepted visit's payable minutes and
 * carer-minutes; {@link org.carepay.rules.WeeklyCap} then applies the weekly cap per package and week and
 * gives the amounts.
 *
 * <p>For the scheduled run: {@link org.carepay.rules.ScheduledPayment} gives R3's amount of a PLANNED
 * package-week (gross or net of the client's {@link org.carepay.rules.ContributionHistory}),
 * {@link org.carepay.rules.InvoiceChecker} R4's checks 2–12 of invoice lines in file order, and
 * {@link org.carepay.rules.AdhocRequests} R5's decision on a payment request; their codes are
 * {@link org.carepay.rules.ScheduledCode}s.
 *
 * <p>For the billing run, R6 for one client and one week: {@link org.carepay.rules.ChargeableCost} (the
 * council's share of the chargeable packages' {@link org.carepay.rules.CostItem}s, rounded per package-week),
 * {@link org.carepay.rules.MaximumCharge} (from the client's contributions, day by day) and
 * {@link org.carepay.rules.WeekCharge}, the WEEK line with its charge and status.
 *
 * <p>Money is {@link java.math.BigDecimal}, rounded only where a rule says round.
 */
package org.carepay.rules;
