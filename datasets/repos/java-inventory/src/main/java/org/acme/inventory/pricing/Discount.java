package org.acme.inventory.pricing;

/** A percentage off a line when at least {@code minUnits} of it are ordered. */
public record Discount(int minUnits, int percent) implements Comparable<Discount> {
    public Discount {
        if (percent < 0 || percent > 90) throw new IllegalArgumentException("discount must be 0-90%, got " + percent);
        if (minUnits < 1) throw new IllegalArgumentException("minUnits must be at least 1");
    }

    @Override
    public int compareTo(Discount o) {
        return Integer.compare(minUnits, o.minUnits);
    }
}
