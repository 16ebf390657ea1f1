package org.acme.inventory.uom;

import java.util.Locale;

/**
 * How a quantity is counted. Stock is always kept in single items ({@link #EACH}); suppliers sell and trucks carry
 * larger units, whose size depends on the product (see {@link Packaging}).
 */
public enum Unit {
    EACH, PACK, CASE, PALLET;

    /** Reads a unit as people write it on delivery notes: "ea", "each", "case", "cs", "pallet", "plt" in any case. */
    public static Unit parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "ea", "each", "pc", "piece" -> EACH;
            case "pk", "pack" -> PACK;
            case "cs", "case" -> CASE;
            case "plt", "pallet" -> PALLET;
            default -> throw new IllegalArgumentException("unknown unit of measure: " + text);
        };
    }
}
