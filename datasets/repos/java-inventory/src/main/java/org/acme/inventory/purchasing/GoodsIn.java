package org.acme.inventory.purchasing;

import org.acme.inventory.stock.StockLedger;
import org.acme.inventory.valuation.Valuation;

/**
 * The goods-in desk: a delivery is checked against its purchase order, put on the shelf (a ledger receipt referencing
 * the order) and booked at the order's unit cost. A delivery the order refuses touches neither stock nor books.
 */
public final class GoodsIn {
    private final StockLedger ledger;
    private final Valuation valuation;

    public GoodsIn(StockLedger ledger, Valuation valuation) {
        this.ledger = ledger;
        this.valuation = valuation;
    }

    public void receive(PurchaseOrder order, String sku, int units, String warehouse) {
        PurchaseLine line = order.receive(sku, units);
        ledger.receive(sku, warehouse, units, order.id());
        valuation.receive(sku, units, line.unitCost());
    }

    /** Receives everything still outstanding on the order into one warehouse; returns the units received. */
    public int receiveAll(PurchaseOrder order, String warehouse) {
        int total = 0;
        for (PurchaseLine l : order.lines()) {
            int n = order.outstanding(l.sku());
            if (n == 0) continue;
            receive(order, l.sku(), n, warehouse);
            total += n;
        }
        return total;
    }
}
