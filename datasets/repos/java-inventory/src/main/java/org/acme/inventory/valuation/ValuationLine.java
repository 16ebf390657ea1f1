package org.acme.inventory.valuation;

import org.acme.inventory.model.Money;

/** One SKU's stock at cost, a line of the valuation the accountant signs off. */
public record ValuationLine(String sku, int units, Money value) {
    /** The average unit cost of what is on hand, rounded down to the cent. */
    public Money unitCost() {
        return Money.ofCents(units == 0 ? 0 : value.cents() / units);
    }
}
