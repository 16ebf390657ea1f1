package org.acme.inventory.counting;

import org.acme.inventory.model.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pareto classification: SKUs sorted by usage value, largest first; those that together make up the first
 * {@code aPercent} of the total value are A, up to {@code aPercent + bPercent} B, the rest C. Ties in value are broken
 * by SKU so the classes are the same every run. A SKU with no usage is always C.
 */
public final class AbcClassifier {
    private static final Comparator<Map.Entry<String, Money>> LARGEST_FIRST = (x, y) -> {
        int byValue = Long.compare(y.getValue().cents(), x.getValue().cents());
        return byValue != 0 ? byValue : x.getKey().compareTo(y.getKey());
    };

    private final int aPercent;
    private final int bPercent;

    public AbcClassifier(int aPercent, int bPercent) {
        if (aPercent <= 0 || bPercent < 0 || aPercent + bPercent > 100) {
            throw new IllegalArgumentException("A and B shares must be positive and at most 100% together");
        }
        this.aPercent = aPercent;
        this.bPercent = bPercent;
    }

    /** Classes in descending usage order. */
    public Map<String, AbcClass> classify(Map<String, Money> usage) {
        List<Map.Entry<String, Money>> sorted = new ArrayList<>(usage.entrySet());
        sorted.sort(LARGEST_FIRST);
        long total = 0;
        for (Map.Entry<String, Money> e : sorted) total += e.getValue().cents();
        Map<String, AbcClass> out = new LinkedHashMap<>();
        long running = 0;
        for (Map.Entry<String, Money> e : sorted) {
            long cents = e.getValue().cents();
            AbcClass c;
            if (cents <= 0) {
                c = AbcClass.C;
            } else if (running * 100 < total * aPercent) {
                c = AbcClass.A;
            } else if (running * 100 < total * (aPercent + bPercent)) {
                c = AbcClass.B;
            } else {
                c = AbcClass.C;
            }
            out.put(e.getKey(), c);
            running += cents;
        }
        return out;
    }

    /** Whether a SKU of class {@code c} last counted on {@code lastCounted} is due on {@code today}. */
    public static boolean due(AbcClass c, LocalDate lastCounted, LocalDate today) {
        return !lastCounted.plusDays(c.intervalDays()).isAfter(today);
    }
}
