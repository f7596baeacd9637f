package org.carepay.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.carepay.corrections.ChargeCorrections;
import org.carepay.ingest.ReturnVisits;
import org.carepay.rules.ChargeableCost;
import org.springframework.stereotype.Component;

/**
 * What a client-week is worth to charge (R6, R7's "worth") under the data a billing run read: its snapshots,
 * the invoice lines and the returns of the week among its inputs. The audit holds the released charge lines to
 * it.
 */
@Component
public class ChargeWorth {

    private final BillingReference reference;
    private final ReturnVisits visits;

    ChargeWorth(BillingReference reference, ReturnVisits visits) {
        this.reference = reference;
        this.visits = visits;
    }

    /** The data of a run (its inputs and the policy values it recorded), read once for every week it valued. */
    public Data of(Collection<Long> inputs, Map<String, String> policyValues) {
        return new Data(reference.asOf(inputs, policyValues), inputs);
    }

    /** A billing run's data, from its inputs. */
    public final class Data {

        private final BillingReference.Data data;
        private final Collection<Long> inputs;

        private Data(BillingReference.Data data, Collection<Long> inputs) {
            this.data = data;
            this.inputs = inputs;
        }

        /**
         * The worth of the week of these clients and of every client with a chargeable cost in it, by client;
         * a client its clients snapshot does not have is left out.
         */
        public Map<String, BigDecimal> worth(LocalDate week, Set<String> clients) {
            PeriodCosts costs = new PeriodCosts();
            for (ReturnVisits.ReturnFile file : visits.returnsAmong(week, inputs)) {
                costs.addReturn(week, data.valuation().homecare(week, visits.of(file)), data.facts());
            }
            costs.addScheduled(week, data.valuation().chargedScheduled(week));
            costs.addInvoices(new TreeSet<>(Set.of(week)), data.valuation().invoices(data.invoices()));
            Set<String> valued = new TreeSet<>(clients);
            valued.addAll(costs.clients());
            Map<String, BigDecimal> worth = new TreeMap<>();
            for (String clientId : valued) {
                BillingClient client = data.accounts().get(clientId);
                if (client != null) {
                    worth.put(clientId, ChargeCorrections.worth(RateChargesTasklet.weekCharge(week,
                            ChargeableCost.of(costs.items(clientId, week)), client, data, costs)));
                }
            }
            return worth;
        }
    }
}
