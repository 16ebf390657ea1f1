package org.acme.inventory.orders;

/** Units of a line that could not be picked because no warehouse held enough; they ship when stock arrives. */
public record Backorder(String orderId, String sku, int units) {
}
