package org.acme.inventory.uom;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How one product is packed: how many single items each larger unit holds. Every larger unit must hold a whole number
 * of the next smaller one it is defined beside (a case of 12 holds packs of 4, never packs of 5), otherwise a pallet
 * could not be broken down into cases without leftovers. Immutable; {@link #with} returns a new packaging.
 */
public final class Packaging {
    private final String sku;
    private final EnumMap<Unit, Integer> eaches;

    private Packaging(String sku, EnumMap<Unit, Integer> eaches) {
        this.sku = sku;
        this.eaches = eaches;
    }

    /** A product sold only as single items. */
    public static Packaging loose(String sku) {
        EnumMap<Unit, Integer> m = new EnumMap<>(Unit.class);
        m.put(Unit.EACH, 1);
        return new Packaging(sku, m);
    }

    /** This packaging plus a unit holding {@code size} single items. */
    public Packaging with(Unit unit, int size) {
        if (unit == Unit.EACH) throw new IllegalArgumentException("EACH always holds one item");
        if (size < 2) throw new IllegalArgumentException(unit + " of " + sku + " must hold at least 2 items, got " + size);
        EnumMap<Unit, Integer> m = new EnumMap<>(eaches);
        m.put(unit, size);
        int previous = 1;
        for (Map.Entry<Unit, Integer> e : m.entrySet()) {
            int n = e.getValue();
            if (n <= previous && e.getKey() != Unit.EACH) {
                throw new IllegalArgumentException(e.getKey() + " of " + sku + " must hold more than the unit below it");
            }
            if (n % previous != 0) {
                throw new IllegalArgumentException(e.getKey() + " of " + sku + " (" + n + ") is not a whole number of " + previous);
            }
            previous = n;
        }
        return new Packaging(sku, m);
    }

    public String sku() {
        return sku;
    }

    public boolean packs(Unit unit) {
        return eaches.containsKey(unit);
    }

    /** Single items in one of {@code unit}. */
    public int size(Unit unit) {
        Integer n = eaches.get(unit);
        if (n == null) throw new UnitNotDefinedException(sku, unit);
        return n;
    }

    /** The quantity in single items. */
    public int toEach(Quantity q) {
        return Math.multiplyExact(q.amount(), size(q.unit()));
    }

    /** How many of {@code unit} are needed to hold at least {@code eachCount} single items. */
    public int unitsToCover(int eachCount, Unit unit) {
        int size = size(unit);
        return (eachCount + size - 1) / size;
    }

    /** {@code eachCount} rounded up to whole units of {@code unit}, in single items. */
    public int roundUp(int eachCount, Unit unit) {
        return Math.multiplyExact(unitsToCover(eachCount, unit), size(unit));
    }

    /** The fewest packages that hold exactly {@code eachCount}: as many of the largest unit as fit, then the next. */
    public Breakdown breakdown(int eachCount) {
        if (eachCount < 0) throw new IllegalArgumentException("negative count " + eachCount);
        EnumMap<Unit, Integer> parts = new EnumMap<>(Unit.class);
        int left = eachCount;
        Unit[] units = Unit.values();
        for (int i = units.length - 1; i >= 0; i--) {
            Integer size = eaches.get(units[i]);
            if (size == null || left < size) continue;
            parts.put(units[i], left / size);
            left %= size;
        }
        return new Breakdown(Collections.unmodifiableMap(parts));
    }

    /** Units and sizes, smallest first: "EACH=1, CASE=12". */
    @Override
    public String toString() {
        return sku + " " + eaches;
    }
}
