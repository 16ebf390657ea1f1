package org.acme.inventory.model;

/** One line of an order: so many units of one SKU. */
public record OrderLine(String sku, int quantity) {
    public OrderLine {
        if (quantity <= 0) throw new IllegalArgumentException("quantity must be positive, got " + quantity + " for " + sku);
    }
}
