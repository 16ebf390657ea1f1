package org.acme.inventory.stock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every movement of stock, in the order it happened, and the quantity each warehouse holds of each SKU as a result.
 * Quantities never go below zero: a movement that would take more than is held is refused and not recorded.
 */
public final class StockLedger {
    private final List<Movement> movements = new ArrayList<>();
    private final Map<String, Map<String, Integer>> held = new HashMap<>();

    public void record(Movement m) {
        Map<String, Integer> bySku = held.computeIfAbsent(m.warehouse(), w -> new HashMap<>());
        int now = bySku.getOrDefault(m.sku(), 0);
        if (now + m.delta() < 0) throw new InsufficientStockException(m.sku(), m.warehouse(), -m.delta(), now);
        bySku.put(m.sku(), now + m.delta());
        movements.add(m);
    }

    public void receive(String sku, String warehouse, int units, String reference) {
        record(new Movement(sku, warehouse, units, Movement.Kind.RECEIPT, reference));
    }

    public void pick(String sku, String warehouse, int units, String reference) {
        record(new Movement(sku, warehouse, -units, Movement.Kind.PICK, reference));
    }

    /** Moves units between warehouses as two movements that stand or fall together. */
    public void transfer(String sku, String from, String to, int units, String reference) {
        int there = held(sku, from);
        if (there < units) throw new InsufficientStockException(sku, from, units, there);
        record(new Movement(sku, from, -units, Movement.Kind.TRANSFER_OUT, reference));
        record(new Movement(sku, to, units, Movement.Kind.TRANSFER_IN, reference));
    }

    public int held(String sku, String warehouse) {
        return held.getOrDefault(warehouse, Map.of()).getOrDefault(sku, 0);
    }

    /** Units of the SKU across all warehouses. */
    public int held(String sku) {
        int total = 0;
        for (Map<String, Integer> bySku : held.values()) total += bySku.getOrDefault(sku, 0);
        return total;
    }

    /** Units of the SKU per warehouse code, warehouses in code order, only those holding some. */
    public Map<String, Integer> holdings(String sku) {
        Map<String, Integer> out = new TreeMap<>();
        held.forEach((w, bySku) -> {
            int n = bySku.getOrDefault(sku, 0);
            if (n > 0) out.put(w, n);
        });
        return out;
    }

    public List<Movement> movements() {
        return Collections.unmodifiableList(movements);
    }

    /** The movements that mention this reference (an order id, a delivery note). */
    public List<Movement> byReference(String reference) {
        List<Movement> out = new ArrayList<>();
        for (Movement m : movements) if (m.reference().equals(reference)) out.add(m);
        return out;
    }
}
