package org.acme.inventory.uom;

/** An amount in some unit, as written on an order or a delivery note: "3 CASE". */
public record Quantity(int amount, Unit unit) {
    public Quantity {
        if (amount < 0) throw new IllegalArgumentException("negative quantity " + amount + " " + unit);
    }

    public static Quantity each(int amount) {
        return new Quantity(amount, Unit.EACH);
    }

    /** Parses "12", "3 case" or "2 plt": a number, then an optional unit (EACH when left out). */
    public static Quantity parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length > 2 || parts[0].isEmpty()) throw new IllegalArgumentException("not a quantity: " + text);
        int amount;
        try {
            amount = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a quantity: " + text);
        }
        return new Quantity(amount, parts.length == 2 ? Unit.parse(parts[1]) : Unit.EACH);
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
