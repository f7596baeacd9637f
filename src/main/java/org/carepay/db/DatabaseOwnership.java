package org.carepay.db;

/**
 * Whether this command is the only one on the database (it owns the embedded one): an execution
 * marked as running then belongs to a process that was killed.
 */
public record DatabaseOwnership(boolean exclusive) {
}
