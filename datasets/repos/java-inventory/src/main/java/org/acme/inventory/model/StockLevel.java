package org.acme.inventory.model;

/** How many units of a product are on hand, reserved for orders, and the point at which to reorder. */
public record StockLevel(Product product, int onHand, int reserved, int reorderPoint) {
    public int available() {
        return Math.max(0, onHand - reserved);
    }

    public boolean needsReorder() {
        return available() <= reorderPoint;
    }

    public Money value() {
        return product.unitPrice().times(onHand);
    }
}
