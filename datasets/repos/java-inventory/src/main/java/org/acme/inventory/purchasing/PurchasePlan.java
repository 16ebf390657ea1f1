package org.acme.inventory.purchasing;

import org.acme.inventory.forecast.ReorderSuggestion;
import org.acme.inventory.model.Money;

import java.util.List;

/**
 * What the buyer sends today: the orders, and the suggestions that wait, either because the supplier's order would be
 * under its minimum or because no approved supplier carries the product.
 */
public record PurchasePlan(List<PurchaseOrder> orders, List<ReorderSuggestion> belowMinimum, List<ReorderSuggestion> noSupplier) {
    public PurchasePlan {
        orders = List.copyOf(orders);
        belowMinimum = List.copyOf(belowMinimum);
        noSupplier = List.copyOf(noSupplier);
    }

    public Money total() {
        Money t = Money.ZERO;
        for (PurchaseOrder o : orders) t = t.plus(o.total());
        return t;
    }
}
