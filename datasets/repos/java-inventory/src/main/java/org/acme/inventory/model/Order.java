package org.acme.inventory.model;

import java.util.List;

/** A customer's order: its lines in the order they were entered. */
public record Order(String id, String customer, List<OrderLine> lines, boolean express) {
    public Order {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) throw new IllegalArgumentException("order " + id + " has no lines");
    }

    public int units() {
        int n = 0;
        for (OrderLine l : lines) n += l.quantity();
        return n;
    }
}
