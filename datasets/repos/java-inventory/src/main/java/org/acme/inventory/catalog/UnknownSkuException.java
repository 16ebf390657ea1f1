package org.acme.inventory.catalog;

/** An order or a stock movement named a SKU the catalog does not carry. */
public final class UnknownSkuException extends RuntimeException {
    private final String sku;

    public UnknownSkuException(String sku) {
        super("unknown SKU " + sku);
        this.sku = sku;
    }

    public String sku() {
        return sku;
    }
}
