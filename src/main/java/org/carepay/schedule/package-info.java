/**
 * {@code carepay scheduler} (operations.md, jobs/): the job files read at start, their fires worked out from
 * cron in their zone, each fire's parameters resolved at its time, claimed once across schedulers in
 * PostgreSQL, and carried out as the command line would.
 */
package org.carepay.schedule;
