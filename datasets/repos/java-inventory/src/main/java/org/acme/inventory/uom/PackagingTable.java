package org.acme.inventory.uom;

import java.util.HashMap;
import java.util.Map;

/** The packaging of every product that is packed; a product not in the table is sold loose. */
public final class PackagingTable {
    private final Map<String, Packaging> bySku = new HashMap<>();

    public void define(Packaging packaging) {
        bySku.put(packaging.sku(), packaging);
    }

    public Packaging of(String sku) {
        Packaging p = bySku.get(sku);
        return p != null ? p : Packaging.loose(sku);
    }

    public int size() {
        return bySku.size();
    }
}
