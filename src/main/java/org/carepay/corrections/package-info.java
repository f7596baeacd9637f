/**
 * R7's corrections, pure (no Spring, no SQL, no clock): what was released for a week against what the week
 * is worth today gives the lines that flow forward into a later run. Released lines are never changed.
 */
package org.carepay.corrections;
