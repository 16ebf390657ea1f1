package org.acme.inventory.model;

/** What a product is, which decides how it is stored and how soon it must be reordered. */
public enum Category {
    HARDWARE(30), ELECTRICAL(21), PLUMBING(21), GARDEN(45), PAINT(14), SAFETY(10);

    private final int leadTimeDays;

    Category(int leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    /** Days a supplier usually takes to deliver this kind of product. */
    public int leadTimeDays() {
        return leadTimeDays;
    }
}
