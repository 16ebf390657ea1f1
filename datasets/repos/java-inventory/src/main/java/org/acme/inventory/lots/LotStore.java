package org.acme.inventory.lots;

import org.acme.inventory.stock.InsufficientStockException;
import org.acme.inventory.stock.Movement;
import org.acme.inventory.stock.StockLedger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock of lot-tracked products per lot, kept in step with the {@link StockLedger}: every receipt, pick and write-off
 * goes through here and is recorded in the ledger as well. Picks are first-expiry-first-out (FEFO): the lot that goes
 * off soonest leaves first, so less is written off; lots already past their expiry are never picked.
 */
public final class LotStore {
    private static final class Shelf {
        final Lot lot;
        final String warehouse;
        int units;

        Shelf(Lot lot, String warehouse) {
            this.lot = lot;
            this.warehouse = warehouse;
        }
    }

    private final StockLedger ledger;
    /** Lots of a SKU at a warehouse, soonest expiry first (then lot number, so the order is the same every run). */
    private final Map<String, List<Shelf>> shelves = new HashMap<>();

    public LotStore(StockLedger ledger) {
        this.ledger = ledger;
    }

    private static String key(String sku, String warehouse) {
        return sku + "@" + warehouse;
    }

    /** Puts units of a lot on the shelf at a warehouse. */
    public void receive(Lot lot, String warehouse, int units, String reference) {
        List<Shelf> list = shelves.computeIfAbsent(key(lot.sku(), warehouse), k -> new ArrayList<>());
        Shelf shelf = null;
        for (Shelf s : list) {
            if (s.lot.number().equals(lot.number())) {
                if (!s.lot.expiry().equals(lot.expiry())) {
                    throw new IllegalArgumentException("lot " + lot.number() + " of " + lot.sku() + " already held with expiry " + s.lot.expiry());
                }
                shelf = s;
            }
        }
        ledger.receive(lot.sku(), warehouse, units, reference);
        if (shelf == null) {
            shelf = new Shelf(lot, warehouse);
            int at = 0;
            while (at < list.size() && leavesBefore(list.get(at).lot, lot)) at++;
            list.add(at, shelf);
        }
        shelf.units += units;
    }

    /** Whether lot {@code a} is picked before lot {@code b}: sooner expiry, then lower lot number. */
    private static boolean leavesBefore(Lot a, Lot b) {
        int byExpiry = a.expiry().compareTo(b.expiry());
        return byExpiry != 0 ? byExpiry < 0 : a.number().compareTo(b.number()) < 0;
    }

    /** Units of the SKU at the warehouse that may still be sold on {@code day}. */
    public int sellable(String sku, String warehouse, LocalDate day) {
        int n = 0;
        for (Shelf s : shelves.getOrDefault(key(sku, warehouse), List.of())) if (s.lot.sellableOn(day)) n += s.units;
        return n;
    }

    /**
     * Picks {@code units} first-expiry-first-out from lots sellable on {@code day}. Either all of it is picked or, when
     * the sellable lots do not hold enough, nothing is and {@link InsufficientStockException} says how much there was.
     */
    public List<LotPick> pick(String sku, String warehouse, int units, LocalDate day, String reference) {
        if (units <= 0) throw new IllegalArgumentException("pick of " + units + " units of " + sku);
        int there = sellable(sku, warehouse, day);
        if (there < units) throw new InsufficientStockException(sku, warehouse, units, there);
        List<LotPick> out = new ArrayList<>();
        int left = units;
        for (Shelf s : shelves.get(key(sku, warehouse))) {
            if (left == 0) break;
            if (!s.lot.sellableOn(day) || s.units == 0) continue;
            int take = Math.min(left, s.units);
            s.units -= take;
            left -= take;
            out.add(new LotPick(s.lot, take));
        }
        ledger.pick(sku, warehouse, units, reference);
        return out;
    }

    /** Lots with units on the shelf that expire within {@code days} after {@code day} (and not before it), soonest first. */
    public List<LotBalance> expiring(LocalDate day, int days) {
        LocalDate until = day.plusDays(days);
        List<LotBalance> out = new ArrayList<>();
        for (List<Shelf> list : shelves.values()) {
            for (Shelf s : list) {
                if (s.units > 0 && s.lot.sellableOn(day) && !s.lot.expiry().isAfter(until)) out.add(new LotBalance(s.lot, s.warehouse, s.units));
            }
        }
        out.sort(Comparator.comparing((LotBalance b) -> b.lot().expiry()).thenComparing(b -> b.lot().sku())
                .thenComparing(b -> b.lot().number()).thenComparing(LotBalance::warehouse));
        return out;
    }

    /** Writes off every unit of every lot past its expiry on {@code day}; returns the units written off. */
    public int writeOffExpired(LocalDate day, String reference) {
        int total = 0;
        List<String> keys = new ArrayList<>(shelves.keySet());
        keys.sort(null);
        for (String k : keys) {
            for (Shelf s : shelves.get(k)) {
                if (s.units == 0 || s.lot.sellableOn(day)) continue;
                ledger.record(new Movement(s.lot.sku(), s.warehouse, -s.units, Movement.Kind.WRITE_OFF, reference));
                total += s.units;
                s.units = 0;
            }
        }
        return total;
    }

    /** Units of a lot on the shelf at a warehouse. */
    public int units(String sku, String warehouse, String lotNumber) {
        for (Shelf s : shelves.getOrDefault(key(sku, warehouse), List.of())) if (s.lot.number().equals(lotNumber)) return s.units;
        return 0;
    }
}
