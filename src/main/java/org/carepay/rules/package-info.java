/**
 * The payment rules, pure: plain Java records and small classes that take the facts a run has read
 * and give what the specification says is paid or refused, with no Spring, no SQL and no I/O, so that
 * every rule can be tested by hand.
 *
 * <p>So far R1's rates and R2, homecare visits paid on actuals: {@link org.carepay.rules.ReturnChecker}
 * checks the lines of one return (codes 2–11) and works out each accepted visit's payable minutes and
 * carer-minutes; {@link org.carepay.rules.WeeklyCap} then applies the weekly cap per package and week and
 * gives the amounts. Money is {@link java.math.BigDecimal}, rounded only where a rule says round.
 */
package org.carepay.rules;
