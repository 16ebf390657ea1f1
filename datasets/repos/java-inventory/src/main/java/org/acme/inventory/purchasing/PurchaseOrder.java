package org.acme.inventory.purchasing;

import org.acme.inventory.model.Money;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order to a supplier. It is drafted, sent, then received in one or more deliveries; a delivery of more than is
 * still outstanding on a line is refused whole (the goods go back on the truck), and a cancelled order accepts no more
 * goods. A SKU appears on at most one line.
 */
public final class PurchaseOrder {
    private final String id;
    private final Supplier supplier;
    private final LocalDate raised;
    private final Map<String, PurchaseLine> lines = new LinkedHashMap<>();
    private final Map<String, Integer> received = new LinkedHashMap<>();
    private PurchaseStatus status = PurchaseStatus.DRAFT;
    /** Lines with units still to come; the order is received in full when none are left. */
    private int openLines;

    public PurchaseOrder(String id, Supplier supplier, LocalDate raised, List<PurchaseLine> lines) {
        if (lines.isEmpty()) throw new IllegalArgumentException("purchase order " + id + " has no lines");
        this.id = id;
        this.supplier = supplier;
        this.raised = raised;
        for (PurchaseLine l : lines) {
            if (this.lines.putIfAbsent(l.sku(), l) != null) throw new IllegalArgumentException(l.sku() + " is on " + id + " twice");
            received.put(l.sku(), 0);
        }
        openLines = this.lines.size();
    }

    public String id() {
        return id;
    }

    public Supplier supplier() {
        return supplier;
    }

    public PurchaseStatus status() {
        return status;
    }

    public List<PurchaseLine> lines() {
        return List.copyOf(lines.values());
    }

    /** The day the goods are due: the day it was raised plus the supplier's lead time. */
    public LocalDate due() {
        return raised.plusDays(supplier.leadTimeDays());
    }

    public boolean overdue(LocalDate today) {
        boolean open = status == PurchaseStatus.SENT || status == PurchaseStatus.PARTIALLY_RECEIVED;
        return open && today.isAfter(due());
    }

    public Money total() {
        Money t = Money.ZERO;
        for (PurchaseLine l : lines.values()) t = t.plus(l.total());
        return t;
    }

    public void send() {
        if (status != PurchaseStatus.DRAFT) throw new IllegalStateException(id + " is " + status + ", only a draft can be sent");
        status = PurchaseStatus.SENT;
    }

    public void cancel() {
        if (status == PurchaseStatus.RECEIVED) throw new IllegalStateException(id + " has been received in full");
        status = PurchaseStatus.CANCELLED;
    }

    /** Units of the SKU ordered and not yet delivered. */
    public int outstanding(String sku) {
        PurchaseLine l = lines.get(sku);
        return l == null ? 0 : l.units() - received.get(sku);
    }

    /** Records a delivery of units of one line and returns that line (its cost is what the goods are booked at). */
    public PurchaseLine receive(String sku, int units) {
        if (status != PurchaseStatus.SENT && status != PurchaseStatus.PARTIALLY_RECEIVED) {
            throw new IllegalStateException(id + " is " + status + " and cannot take deliveries");
        }
        PurchaseLine l = lines.get(sku);
        if (l == null) throw new IllegalArgumentException(sku + " is not on " + id);
        if (units <= 0 || units > outstanding(sku)) {
            throw new IllegalArgumentException("delivery of " + units + " " + sku + " on " + id + ": " + outstanding(sku) + " outstanding");
        }
        received.merge(sku, units, Integer::sum);
        if (outstanding(sku) == 0) openLines--;
        status = openLines == 0 ? PurchaseStatus.RECEIVED : PurchaseStatus.PARTIALLY_RECEIVED;
        return l;
    }
}
