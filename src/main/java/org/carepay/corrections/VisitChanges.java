package org.carepay.corrections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carepay.rules.Note;
import org.carepay.rules.PaidVisit;
import org.carepay.rules.RatedReturn;
import org.carepay.rules.VisitResult;

/**
 * Why a homecare package-week is worth something else today, in words a provider reads on its remittance:
 * its released visit lines against today's rating of the current return, visit by visit. Visits are matched
 * by record number: a corrected return is a file of another name that keeps its lines in their places.
 */
public final class VisitChanges {

    private VisitChanges() {
    }

    /**
     * @param packageId   the package corrected
     * @param released    the amounts of the package-week's released VISIT lines, by source ({@code path:record})
     * @param today       today's rating of the provider's current return of the week, or null when it has none
     * @param releasedRun the released run of the week
     */
    public static String describe(String packageId, Map<String, BigDecimal> released, RatedReturn today,
                                  String releasedRun) {
        Map<String, BigDecimal> paidToday = new LinkedHashMap<>();
        Map<String, Note> refusedToday = new LinkedHashMap<>();
        if (today != null) {
            for (PaidVisit paid : today.paidByPackage().getOrDefault(packageId, List.of())) {
                paidToday.put(record(paid.result().visit().source()), paid.amount());
            }
            for (VisitResult refused : today.refused()) {
                if (packageId.equals(refused.visit().packageId())) {
                    refusedToday.put(record(refused.visit().source()), refused.notes().get(0));
                }
            }
        }
        Set<String> causes = new LinkedHashSet<>();
        Map<String, Integer> effects = new LinkedHashMap<>();
        Map<String, BigDecimal> releasedByRecord = new LinkedHashMap<>();
        released.forEach((source, amount) -> releasedByRecord.put(record(source), amount));
        for (Map.Entry<String, BigDecimal> line : releasedByRecord.entrySet()) {
            String source = line.getKey();
            if (refusedToday.containsKey(source)) {
                Note note = refusedToday.get(source);
                causes.add(note.detail());
                count(effects, "recovered (" + note.code() + ")");
            } else if (!paidToday.containsKey(source)) {
                causes.add("a corrected return");
                count(effects, "no longer in the return");
            } else if (paidToday.get(source).compareTo(line.getValue()) != 0) {
                causes.add("today's rates and plan");
                count(effects, "paid again at a different amount");
            }
        }
        for (String source : paidToday.keySet()) {
            if (!releasedByRecord.containsKey(source)) {
                causes.add("a corrected return");
                count(effects, "added");
            }
        }
        return Reasons.sentence(new ArrayList<>(causes), releasedRun, effects.entrySet().stream()
                .map(effect -> effect.getValue() + " visit" + (effect.getValue() == 1 ? " " : "s ") + effect.getKey())
                .toList());
    }

    private static String record(String source) {
        return source.substring(source.lastIndexOf(':') + 1);
    }

    private static void count(Map<String, Integer> effects, String effect) {
        effects.merge(effect, 1, Integer::sum);
    }
}
