package org.acme.inventory.stock;

import org.acme.inventory.model.Product;

/**
 * When to reorder a product and how much: enough to cover the lead time at the observed daily demand, plus a safety
 * margin, rounded up to whole cases.
 */
public final class ReorderPolicy {
    private final int safetyPercent;
    private final int caseSize;

    public ReorderPolicy(int safetyPercent, int caseSize) {
        if (caseSize <= 0) throw new IllegalArgumentException("case size must be positive");
        this.safetyPercent = safetyPercent;
        this.caseSize = caseSize;
    }

    /** The stock level at which to reorder, given units sold per day. */
    public int reorderPoint(Product p, double dailyDemand) {
        double cover = dailyDemand * p.category().leadTimeDays();
        return (int) Math.ceil(cover * (100 + safetyPercent) / 100.0);
    }

    /** Units to order to get back above the reorder point by one lead time's demand, in whole cases. */
    public int orderQuantity(Product p, int available, double dailyDemand) {
        int target = reorderPoint(p, dailyDemand) + (int) Math.ceil(dailyDemand * p.category().leadTimeDays());
        int missing = target - available;
        if (missing <= 0) return 0;
        return ((missing + caseSize - 1) / caseSize) * caseSize;
    }
}
