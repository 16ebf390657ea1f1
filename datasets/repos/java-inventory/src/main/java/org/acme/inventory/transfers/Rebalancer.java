package org.acme.inventory.transfers;

import org.acme.inventory.model.Product;
import org.acme.inventory.model.Warehouse;
import org.acme.inventory.stock.StockLedger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Evens out stock between warehouses so each can serve its own customers: a warehouse holding fewer than the minimum
 * of a product is topped up from the warehouse holding the most of it, as long as that one keeps at least the
 * minimum itself. One truck runs each lane (from, to) per day, so what a plan sends down a lane is limited to a
 * truckload by weight; products that no longer fit wait for the next plan. Products are taken in the order given and
 * warehouses in code order, so plans are reproducible.
 */
public final class Rebalancer {
    private final StockLedger ledger;
    private final List<Warehouse> warehouses;
    private final long truckGrams;

    public Rebalancer(StockLedger ledger, List<Warehouse> warehouses, int truckKg) {
        if (truckKg <= 0) throw new IllegalArgumentException("a truck must carry something");
        this.ledger = ledger;
        this.warehouses = new ArrayList<>(new TreeSet<>(warehouses));
        this.truckGrams = truckKg * 1000L;
    }

    public List<Transfer> plan(List<Product> products, int minimum) {
        if (minimum <= 0) throw new IllegalArgumentException("minimum must be positive");
        Map<String, Long> loaded = new HashMap<>();
        List<Transfer> out = new ArrayList<>();
        int[] held = new int[warehouses.size()];
        for (Product p : products) {
            for (int i = 0; i < held.length; i++) held[i] = ledger.held(p.sku(), warehouses.get(i).code());
            for (int to = 0; to < held.length; to++) {
                int missing = minimum - held[to];
                if (missing <= 0) continue;
                int from = richest(held, to);
                if (from < 0) continue;
                int units = Math.min(missing, held[from] - minimum);
                String lane = warehouses.get(from).code() + ">" + warehouses.get(to).code();
                long room = truckGrams - loaded.getOrDefault(lane, 0L);
                if (p.weightGrams() > 0) units = (int) Math.min(units, room / p.weightGrams());
                if (units <= 0) continue;
                out.add(new Transfer(p.sku(), warehouses.get(from).code(), warehouses.get(to).code(), units));
                held[from] -= units;
                held[to] += units;
                loaded.merge(lane, (long) units * p.weightGrams(), Long::sum);
            }
        }
        return out;
    }

    /** The warehouse other than {@code to} holding the most, the lowest code among equals; -1 when none holds any. */
    private static int richest(int[] held, int to) {
        int best = -1;
        for (int i = 0; i < held.length; i++) {
            if (i == to || held[i] == 0) continue;
            if (best < 0 || held[i] > held[best]) best = i;
        }
        return best;
    }

    /** Carries out the transfers in the ledger, each under {@code reference}; returns the units moved. */
    public int execute(List<Transfer> transfers, String reference) {
        int moved = 0;
        for (Transfer t : transfers) {
            ledger.transfer(t.sku(), t.from(), t.to(), t.units(), reference);
            moved += t.units();
        }
        return moved;
    }
}
