package org.acme.inventory.model;

/** A site stock is kept at; orders are picked from the warehouse with the lowest code that has the stock. */
public record Warehouse(String code, String city, int capacityKg) implements Comparable<Warehouse> {
    @Override
    public int compareTo(Warehouse o) {
        return code.compareTo(o.code);
    }
}
