package org.acme.inventory.forecast;

import org.acme.inventory.model.Product;
import org.acme.inventory.stock.ReorderPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Turns demand history into a buying list: each product's daily demand is forecast, and those whose available stock
 * is at or under the reorder point for that demand get a suggestion sized by the {@link ReorderPolicy}. Products nobody
 * asked for in the window are never suggested, however low their stock: a forecast of zero is no reason to buy.
 */
public final class ReorderPlanner {
    private final ReorderPolicy policy;
    private final Forecaster forecaster;
    private final DemandHistory history;

    public ReorderPlanner(ReorderPolicy policy, Forecaster forecaster, DemandHistory history) {
        this.policy = policy;
        this.forecaster = forecaster;
        this.history = history;
    }

    /** Suggestions in the order of {@code products}; {@code available} gives the units that may still be sold. */
    public List<ReorderSuggestion> suggest(List<Product> products, ToIntFunction<String> available) {
        List<ReorderSuggestion> out = new ArrayList<>();
        for (Product p : products) {
            double demand = forecaster.dailyDemand(history.series(p.sku()));
            if (demand <= 0) continue;
            int have = available.applyAsInt(p.sku());
            int point = policy.reorderPoint(p, demand);
            if (have > point) continue;
            int units = policy.orderQuantity(p, have, demand);
            if (units > 0) out.add(new ReorderSuggestion(p, have, point, units));
        }
        return out;
    }
}
