/**
 * {@code carepay explain}: what a clerk needs to answer a client's, a family's or a provider's query, in one
 * command, from the ledger: for a client each week's services, visits paid and refused, cost, council share,
 * contribution, charge and corrections; for a provider a run's lines, exceptions and corrections. Each is a
 * {@link org.carepay.output.Document}, shown on the terminal and written as an HTML page.
 */
package org.carepay.explain;
