package org.acme.inventory.returns;

import org.acme.inventory.model.Money;
import org.acme.inventory.orders.Allocation;
import org.acme.inventory.stock.Movement;
import org.acme.inventory.stock.StockLedger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer returns against shipped orders. A return is authorised only for what was shipped and not already
 * authorised for return. When the goods arrive, restockable units go back on the shelf of the returns warehouse
 * (a RETURN movement referencing the RMA) and the customer is credited what they paid per unit, less the reason's
 * restocking fee, rounded down to the cent.
 */
public final class ReturnsDesk {
    /** Units shipped and paid for, per order and SKU. */
    private static final class Shipped {
        int units;
        long cents;
        int returned;
    }

    private final StockLedger ledger;
    private final String returnsWarehouse;
    private final Map<String, Map<String, Shipped>> shipped = new HashMap<>();
    private final Map<String, Rma> rmas = new LinkedHashMap<>();

    public ReturnsDesk(StockLedger ledger, String returnsWarehouse, List<Allocation> allocations) {
        this.ledger = ledger;
        this.returnsWarehouse = returnsWarehouse;
        for (Allocation a : allocations) {
            Shipped s = shipped.computeIfAbsent(a.orderId(), o -> new HashMap<>()).computeIfAbsent(a.sku(), k -> new Shipped());
            s.units += a.units();
            s.cents += a.price().cents();
        }
    }

    /** Authorises a return, or refuses it whole with the first reason it cannot be. */
    public Rma authorise(String rmaId, String orderId, List<ReturnLine> lines) {
        if (rmas.containsKey(rmaId)) throw new ReturnRefusedException("RMA " + rmaId + " already exists");
        Map<String, Shipped> order = shipped.get(orderId);
        if (order == null) throw new ReturnRefusedException("order " + orderId + " shipped nothing");
        Map<String, Integer> asked = new HashMap<>();
        for (ReturnLine l : lines) {
            Shipped s = order.get(l.sku());
            if (s == null) throw new ReturnRefusedException(l.sku() + " was not shipped on " + orderId);
            int total = asked.merge(l.sku(), l.units(), Integer::sum);
            if (s.returned + total > s.units) {
                throw new ReturnRefusedException("cannot return " + total + " of " + l.sku() + " on " + orderId + ": "
                        + (s.units - s.returned) + " shipped and not yet returned");
            }
        }
        Rma rma = new Rma(rmaId, orderId, lines);
        asked.forEach((sku, n) -> order.get(sku).returned += n);
        rmas.put(rmaId, rma);
        return rma;
    }

    /** The goods of an RMA arrived: restock what may be sold again and credit the customer. */
    public Rma receive(String rmaId) {
        Rma rma = rmas.get(rmaId);
        if (rma == null) throw new IllegalArgumentException("no RMA " + rmaId);
        Map<String, Shipped> order = shipped.get(rma.orderId());
        long credit = 0;
        int restocked = 0;
        int scrapped = 0;
        for (ReturnLine l : rma.lines()) {
            Shipped s = order.get(l.sku());
            long paid = s.cents * l.units() / s.units;
            credit += paid - (paid * l.reason().feePercent() + 50) / 100;
            if (l.reason().restockable()) {
                ledger.record(new Movement(l.sku(), returnsWarehouse, l.units(), Movement.Kind.RETURN, rmaId));
                restocked += l.units();
            } else {
                scrapped += l.units();
            }
        }
        rma.close(Money.ofCents(credit), restocked, scrapped);
        return rma;
    }

    public List<Rma> all() {
        return new ArrayList<>(rmas.values());
    }

    /** Credited on every RMA received so far. */
    public Money credited() {
        Money t = Money.ZERO;
        for (Rma r : rmas.values()) t = t.plus(r.credit());
        return t;
    }
}
