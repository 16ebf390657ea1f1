package org.acme.inventory.valuation;

import org.acme.inventory.model.Money;

/**
 * What the units of one SKU on hand cost, and what the units leaving cost: the numbers behind the stock value on the
 * balance sheet and the cost of goods sold. Receipts add units at a unit cost; issues (sales, write-offs) take them out.
 */
public interface CostMethod {
    String sku();

    void receive(int units, Money unitCost);

    /** Takes {@code units} out of stock and returns what they cost. */
    Money issue(int units);

    int onHand();

    Money value();
}
