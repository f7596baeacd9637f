package org.carepay.payments;

/**
 * A run's lifecycle: PROPOSED → APPROVED → RELEASED, or PROPOSED → SUPERSEDED when its week is
 * proposed again before approval. PROPOSING while its job has not finished.
 */
public enum RunStatus {
    PROPOSING, PROPOSED, APPROVED, RELEASED, SUPERSEDED
}
