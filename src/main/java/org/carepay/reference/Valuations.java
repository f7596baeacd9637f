package org.carepay.reference;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.carepay.CarepayProperties;
import org.carepay.ingest.format.InboxKind;
import org.carepay.rules.HomecarePolicy;
import org.carepay.rules.ScheduledPolicy;
import org.carepay.valuation.WeekValuation;
import org.springframework.stereotype.Component;

/**
 * The one loader of what runs value weeks with: the current reference snapshots and the configured R2 and
 * R3 policy values. Every run that values a week (payments, billing, R7's look-back) starts here.
 */
@Component
public class Valuations {

    /** The snapshots a valuation reads, for a run's inputs. */
    public static final List<InboxKind> SNAPSHOTS = List.of(InboxKind.CLIENTS, InboxKind.PROVIDERS, InboxKind.RATES,
            InboxKind.PACKAGES, InboxKind.CONTRIBUTIONS, InboxKind.ABSENCES);

    /** The snapshots R2 reads: what a homecare run records, and rates its returns with. */
    public static final List<InboxKind> HOMECARE_SNAPSHOTS = List.of(InboxKind.CLIENTS, InboxKind.PROVIDERS,
            InboxKind.RATES, InboxKind.PACKAGES, InboxKind.ABSENCES);

    private final CurrentReference reference;
    private final CarepayProperties properties;

    public Valuations(CurrentReference reference, CarepayProperties properties) {
        this.reference = reference;
        this.properties = properties;
    }

    /** A valuation with the data as it is now, read once. */
    public WeekValuation current() {
        return new WeekValuation(reference.facts(), homecarePolicy(), scheduledPolicy());
    }

    /**
     * A valuation with the snapshots a run read (among its input files) and the policy values it recorded:
     * what that run valued its weeks with. A value it did not record (a run rated before they were) is
     * today's.
     */
    public WeekValuation asOf(Collection<Long> inputs, Map<String, String> recorded) {
        Map<String, String> policy = new TreeMap<>(policyValues());
        policy.putAll(recorded);
        return new WeekValuation(reference.factsOf(inputs),
                new HomecarePolicy(number(policy, "homecare.tolerance_minutes"),
                        number(policy, "homecare.rounding_unit_minutes")),
                new ScheduledPolicy(number(policy, "scheduled.death_grace_days"),
                        number(policy, "scheduled.retainer_days")));
    }

    /** The R2 and R3 policy values of the configuration, by name: what a run records when it is rated. */
    public SortedMap<String, String> policyValues() {
        SortedMap<String, String> values = new TreeMap<>(properties.homecare().policyValues());
        values.putAll(properties.scheduled().policyValues());
        return values;
    }

    /** The R2 policy values of the configuration (homecare.*). */
    public SortedMap<String, String> homecarePolicyValues() {
        return new TreeMap<>(properties.homecare().policyValues());
    }

    /** Policy values as a run records them: a line "name=value" each, in the order of their names. */
    public static String recorded(SortedMap<String, String> policyValues) {
        StringBuilder text = new StringBuilder();
        policyValues.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    private static int number(Map<String, String> policy, String name) {
        return Integer.parseInt(policy.get(name));
    }

    /** The snapshot files {@link #current} reads. */
    public List<Long> snapshotIds() {
        return snapshotIds(SNAPSHOTS);
    }

    /** The current snapshot files of these kinds: a run records the ones its rules read. */
    public List<Long> snapshotIds(List<InboxKind> kinds) {
        return reference.snapshotIds(kinds);
    }

    private HomecarePolicy homecarePolicy() {
        CarepayProperties.Homecare homecare = properties.homecare();
        return new HomecarePolicy(homecare.toleranceMinutes(), homecare.roundingUnitMinutes());
    }

    private ScheduledPolicy scheduledPolicy() {
        CarepayProperties.Scheduled scheduled = properties.scheduled();
        return new ScheduledPolicy(scheduled.deathGraceDays(), scheduled.retainerDays());
    }
}
