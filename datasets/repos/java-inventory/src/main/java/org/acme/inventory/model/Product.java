package org.acme.inventory.model;

import java.util.Objects;

/** A product the wholesaler stocks, identified by its SKU. */
public final class Product {
    private final String sku;
    private final String name;
    private final Category category;
    private final Money unitPrice;
    private final int weightGrams;

    public Product(String sku, String name, Category category, Money unitPrice, int weightGrams) {
        if (sku == null || sku.isBlank()) throw new IllegalArgumentException("a product needs a SKU");
        if (unitPrice.isNegative()) throw new IllegalArgumentException("negative price for " + sku);
        if (weightGrams < 0) throw new IllegalArgumentException("negative weight for " + sku);
        this.sku = sku;
        this.name = Objects.requireNonNull(name);
        this.category = Objects.requireNonNull(category);
        this.unitPrice = unitPrice;
        this.weightGrams = weightGrams;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public Category category() {
        return category;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public int weightGrams() {
        return weightGrams;
    }

    public Product withPrice(Money price) {
        return new Product(sku, name, category, price, weightGrams);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Product p && p.sku.equals(sku);
    }

    @Override
    public int hashCode() {
        return sku.hashCode();
    }

    @Override
    public String toString() {
        return sku + " " + name;
    }
}
