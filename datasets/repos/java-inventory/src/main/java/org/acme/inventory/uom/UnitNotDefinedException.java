package org.acme.inventory.uom;

/** A quantity named a unit that the product is not packed in (a case of something sold only loose). */
public final class UnitNotDefinedException extends RuntimeException {
    public UnitNotDefinedException(String sku, Unit unit) {
        super(sku + " is not packed by the " + unit.name().toLowerCase(java.util.Locale.ROOT));
    }
}
