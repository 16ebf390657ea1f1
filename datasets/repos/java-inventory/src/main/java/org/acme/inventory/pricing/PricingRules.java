package org.acme.inventory.pricing;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a line costs: the unit price times the quantity, less the best volume discount of the product's category,
 * less a further 5% for trade customers. Discounts do not stack: the largest tier reached applies.
 */
public final class PricingRules {
    private final Map<Category, List<Discount>> tiers = new EnumMap<>(Category.class);
    private final int tradePercent;

    public PricingRules(int tradePercent) {
        this.tradePercent = tradePercent;
    }

    public static PricingRules standard() {
        PricingRules r = new PricingRules(5);
        for (Category c : Category.values()) {
            r.addTier(c, new Discount(10, 2));
            r.addTier(c, new Discount(50, 5));
        }
        r.addTier(Category.HARDWARE, new Discount(200, 8));
        r.addTier(Category.PAINT, new Discount(100, 10));
        return r;
    }

    public void addTier(Category category, Discount discount) {
        List<Discount> list = tiers.computeIfAbsent(category, c -> new ArrayList<>());
        list.add(discount);
        Collections.sort(list);
    }

    /** The discount percentage for this many units of the category. */
    public int discountPercent(Category category, int units) {
        int best = 0;
        for (Discount d : tiers.getOrDefault(category, List.of())) {
            if (units >= d.minUnits()) best = Math.max(best, d.percent());
        }
        return best;
    }

    public Money linePrice(Product product, int units, boolean trade) {
        Money gross = product.unitPrice().times(units);
        Money net = gross.lessPercent(discountPercent(product.category(), units));
        return trade ? net.lessPercent(tradePercent) : net;
    }
}
