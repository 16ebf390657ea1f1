package org.acme.inventory.uom;

import java.util.Map;
import java.util.StringJoiner;

/** A count of single items expressed in packages, largest first, as a picker reads it off a pick list. */
public record Breakdown(Map<Unit, Integer> parts) {
    public int count(Unit unit) {
        return parts.getOrDefault(unit, 0);
    }

    /** "2 PALLET + 3 CASE + 5 EACH"; "0 EACH" for nothing. */
    @Override
    public String toString() {
        if (parts.isEmpty()) return "0 EACH";
        StringJoiner j = new StringJoiner(" + ");
        Unit[] units = Unit.values();
        for (int i = units.length - 1; i >= 0; i--) {
            Integer n = parts.get(units[i]);
            if (n != null) j.add(n + " " + units[i]);
        }
        return j.toString();
    }
}
