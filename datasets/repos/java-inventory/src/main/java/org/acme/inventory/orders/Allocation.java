package org.acme.inventory.orders;

import org.acme.inventory.model.Money;

/** What was picked for one order line: from which warehouse, how many units, at what price. */
public record Allocation(String orderId, String sku, String warehouse, int units, Money price) {
}
