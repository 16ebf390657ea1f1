package org.acme.inventory.counting;

/** One shelf counted: what the books said was there when the sheet was printed, and what the counter found. */
public record CountLine(String sku, String warehouse, int expected, int counted) {
    public CountLine {
        if (expected < 0 || counted < 0) throw new IllegalArgumentException("negative count for " + sku + " at " + warehouse);
    }

    /** Found minus expected: positive when there was more on the shelf than on the books. */
    public int variance() {
        return counted - expected;
    }

    /** The variance as a share of what was expected, in percent; any variance on an empty shelf is 100%. */
    public int variancePercent() {
        if (variance() == 0) return 0;
        if (expected == 0) return 100;
        return (int) Math.min(100_000, Math.abs((long) variance()) * 100 / expected);
    }
}
