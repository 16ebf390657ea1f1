package org.acme.inventory.forecast;

import org.acme.inventory.model.Product;

/** A product at or below its reorder point, and how many units the buyer should order. */
public record ReorderSuggestion(Product product, int available, int reorderPoint, int units) {
    public ReorderSuggestion {
        if (units <= 0) throw new IllegalArgumentException("a suggestion to order " + units + " of " + product.sku());
    }
}
