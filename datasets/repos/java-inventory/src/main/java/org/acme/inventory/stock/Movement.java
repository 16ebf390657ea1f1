package org.acme.inventory.stock;

/**
 * A change to the stock of one SKU at one warehouse: goods received (positive), picked for an order or written off
 * (negative).
 */
public record Movement(String sku, String warehouse, int delta, Kind kind, String reference) {
    public enum Kind { RECEIPT, PICK, WRITE_OFF, TRANSFER_IN, TRANSFER_OUT }

    public Movement {
        if (delta == 0) throw new IllegalArgumentException("a movement of zero units for " + sku);
        boolean inbound = kind == Kind.RECEIPT || kind == Kind.TRANSFER_IN;
        if (inbound != delta > 0) throw new IllegalArgumentException(kind + " must " + (inbound ? "add" : "remove") + " units, got " + delta);
    }
}
