package org.acme.inventory.stock;

/**
 * A change to the stock of one SKU at one warehouse: goods received, returned by a customer or found by a count
 * (positive), picked for an order, written off or missing at a count (negative).
 */
public record Movement(String sku, String warehouse, int delta, Kind kind, String reference) {
    public enum Kind { RECEIPT, PICK, WRITE_OFF, TRANSFER_IN, TRANSFER_OUT, RETURN, COUNT_GAIN, COUNT_LOSS }

    public Movement {
        if (delta == 0) throw new IllegalArgumentException("a movement of zero units for " + sku);
        boolean inbound = kind == Kind.RECEIPT || kind == Kind.TRANSFER_IN || kind == Kind.RETURN || kind == Kind.COUNT_GAIN;
        if (inbound != delta > 0) throw new IllegalArgumentException(kind + " must " + (inbound ? "add" : "remove") + " units, got " + delta);
    }
}
