package org.acme.inventory.purchasing;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;

import java.util.Set;

/**
 * A company the wholesaler buys from: what kinds of product it supplies, how many days it takes to deliver, and the
 * smallest order it accepts (below it, it charges carriage that wipes out the margin, so such orders wait).
 */
public record Supplier(String code, String name, Set<Category> categories, int leadTimeDays, Money minimumOrder) {
    public Supplier {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("a supplier needs a code");
        categories = Set.copyOf(categories);
        if (categories.isEmpty()) throw new IllegalArgumentException("supplier " + code + " supplies nothing");
        if (leadTimeDays < 0) throw new IllegalArgumentException("negative lead time for " + code);
    }

    public boolean supplies(Category category) {
        return categories.contains(category);
    }
}
