package org.acme.inventory.stock;

/** A pick or a transfer asked for more units than a warehouse holds. */
public final class InsufficientStockException extends RuntimeException {
    public InsufficientStockException(String sku, String warehouse, int wanted, int held) {
        super("cannot take " + wanted + " of " + sku + " from " + warehouse + ": only " + held + " held");
    }
}
