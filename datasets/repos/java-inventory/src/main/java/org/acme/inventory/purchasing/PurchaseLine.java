package org.acme.inventory.purchasing;

import org.acme.inventory.model.Money;

/** So many units of one SKU at an agreed unit cost. */
public record PurchaseLine(String sku, int units, Money unitCost) {
    public PurchaseLine {
        if (units <= 0) throw new IllegalArgumentException("a purchase line of " + units + " units of " + sku);
        if (unitCost.isNegative()) throw new IllegalArgumentException("negative cost for " + sku);
    }

    public Money total() {
        return unitCost.times(units);
    }
}
