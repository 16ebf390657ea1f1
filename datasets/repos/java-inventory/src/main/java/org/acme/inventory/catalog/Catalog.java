package org.acme.inventory.catalog;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The products the wholesaler carries, in the order they were listed. A SKU is listed at most once; listing it again
 * replaces the earlier entry in place, so a price update keeps the product's position in printed lists.
 */
public final class Catalog {
    private final List<Product> products = new ArrayList<>();

    public Catalog() {
    }

    public Catalog(List<Product> initial) {
        initial.forEach(this::list);
    }

    /** Adds a product, or replaces the one with the same SKU. */
    public void list(Product product) {
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).sku().equals(product.sku())) {
                products.set(i, product);
                return;
            }
        }
        products.add(product);
    }

    /** Removes a product; returns whether it was listed. */
    public boolean delist(String sku) {
        return products.removeIf(p -> p.sku().equals(sku));
    }

    /** The product with this SKU. */
    public Optional<Product> find(String sku) {
        for (Product p : products) {
            if (p.sku().equals(sku)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The product with this SKU, which must be listed. */
    public Product require(String sku) {
        return find(sku).orElseThrow(() -> new UnknownSkuException(sku));
    }

    public boolean carries(String sku) {
        return find(sku).isPresent();
    }

    public int size() {
        return products.size();
    }

    public List<Product> products() {
        return Collections.unmodifiableList(products);
    }

    /** Products per category, each list in catalog order. */
    public Map<Category, List<Product>> byCategory() {
        Map<Category, List<Product>> out = new EnumMap<>(Category.class);
        for (Product p : products) out.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p);
        return out;
    }

    /** Raises (or lowers) every price of a category by {@code percent}, rounding to the cent. */
    public void reprice(Category category, int percent) {
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            if (p.category() != category) continue;
            long cents = p.unitPrice().cents();
            long changed = cents + (cents * percent + (percent >= 0 ? 50 : -50)) / 100;
            products.set(i, p.withPrice(Money.ofCents(Math.max(0, changed))));
        }
    }
}
