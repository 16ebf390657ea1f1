package org.acme.inventory.returns;

/** Units of one SKU of an order that the customer sends back, and why. */
public record ReturnLine(String sku, int units, ReturnReason reason) {
    public ReturnLine {
        if (units <= 0) throw new IllegalArgumentException("a return of " + units + " units of " + sku);
    }
}
