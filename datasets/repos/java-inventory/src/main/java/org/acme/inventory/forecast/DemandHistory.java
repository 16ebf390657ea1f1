package org.acme.inventory.forecast;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Units asked for per SKU per day over a fixed window of days (day 0 the oldest). Demand counts what customers
 * ordered, shipped or backordered alike: counting only shipments would make an item that is out of stock look unpopular
 * and never be reordered.
 */
public final class DemandHistory {
    private final int days;
    private final Map<String, int[]> bySku = new HashMap<>();

    public DemandHistory(int days) {
        if (days < 1) throw new IllegalArgumentException("a history needs at least one day");
        this.days = days;
    }

    public int days() {
        return days;
    }

    public void record(String sku, int day, int units) {
        if (day < 0 || day >= days) throw new IllegalArgumentException("day " + day + " outside 0.." + (days - 1));
        if (units < 0) throw new IllegalArgumentException("negative demand for " + sku);
        bySku.computeIfAbsent(sku, s -> new int[days])[day] += units;
    }

    /** Units per day, oldest first; all zeros for a SKU nobody asked for. */
    public int[] series(String sku) {
        int[] s = bySku.get(sku);
        return s == null ? new int[days] : Arrays.copyOf(s, days);
    }

    public int total(String sku) {
        int n = 0;
        for (int u : bySku.getOrDefault(sku, new int[0])) n += u;
        return n;
    }

    /** How many SKUs had any demand. */
    public int demanded() {
        return bySku.size();
    }

    /** SKUs with any demand, in order. */
    public Set<String> skus() {
        return new TreeSet<>(bySku.keySet());
    }
}
