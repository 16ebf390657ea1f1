package org.acme.inventory.orders;

import org.acme.inventory.model.Money;

import java.util.List;

/** The outcome of fulfilling a batch of orders. */
public record FulfillmentResult(List<Allocation> allocations, List<Backorder> backorders, List<String> rejected) {
    public FulfillmentResult {
        allocations = List.copyOf(allocations);
        backorders = List.copyOf(backorders);
        rejected = List.copyOf(rejected);
    }

    public Money revenue() {
        Money total = Money.ZERO;
        for (Allocation a : allocations) total = total.plus(a.price());
        return total;
    }

    public int unitsShipped() {
        int n = 0;
        for (Allocation a : allocations) n += a.units();
        return n;
    }

    public int unitsBackordered() {
        int n = 0;
        for (Backorder b : backorders) n += b.units();
        return n;
    }
}
