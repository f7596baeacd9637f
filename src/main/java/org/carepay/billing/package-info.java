/**
 * The client billing run (R6): what each client is charged for each week of a four-week period, the
 * Court of Protection debts and the bills that go to Debtors, proposed, approved and released like a
 * payment run (BL-PERIOD_START-ATTEMPT).
 */
package org.carepay.billing;
