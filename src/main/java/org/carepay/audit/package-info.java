/**
 * The nightly audit (R8's last paragraph, docs/audit.md): {@code carepay audit} checks every released run, in
 * the database and on disk, and says what holds and what does not: control totals, traceability, nothing paid
 * twice, R7's invariant and the chain of seals. Each check is one {@link org.carepay.audit.AuditCheck}.
 */
package org.carepay.audit;
