package org.acme.inventory.purchasing;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.stock.StockLedger;
import org.acme.inventory.valuation.Costing;
import org.acme.inventory.valuation.Valuation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PurchaseOrderTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private final Supplier fix = new Supplier("FIX", "Fixings Direct", Set.of(Category.HARDWARE), 10, Money.parse("100"));

    private PurchaseOrder order() {
        return new PurchaseOrder("PO-1", fix, DAY, List.of(new PurchaseLine("A", 10, Money.parse("1.50")), new PurchaseLine("B", 4, Money.parse("10"))));
    }

    @Test
    void isReceivedInPartsUntilComplete() {
        PurchaseOrder po = order();
        assertEquals(Money.parse("55.00"), po.total());
        po.send();
        po.receive("A", 6);
        assertEquals(PurchaseStatus.PARTIALLY_RECEIVED, po.status());
        assertEquals(4, po.outstanding("A"));
        po.receive("B", 4);
        po.receive("A", 4);
        assertEquals(PurchaseStatus.RECEIVED, po.status());
        assertThrows(IllegalStateException.class, po::cancel);
    }

    @Test
    void refusesOverDeliveriesAndGoodsNotOrdered() {
        PurchaseOrder po = order();
        assertThrows(IllegalStateException.class, () -> po.receive("A", 1));
        po.send();
        var e = assertThrows(IllegalArgumentException.class, () -> po.receive("A", 11));
        assertEquals("delivery of 11 A on PO-1: 10 outstanding", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> po.receive("C", 1));
        assertEquals(PurchaseStatus.SENT, po.status());
        po.cancel();
        assertThrows(IllegalStateException.class, () -> po.receive("A", 1));
    }

    @Test
    void isOverdueAfterTheSuppliersLeadTime() {
        PurchaseOrder po = order();
        assertEquals(LocalDate.of(2024, 3, 11), po.due());
        assertFalse(po.overdue(LocalDate.of(2024, 3, 20)));
        po.send();
        assertFalse(po.overdue(LocalDate.of(2024, 3, 11)));
        assertTrue(po.overdue(LocalDate.of(2024, 3, 12)));
    }

    @Test
    void aSkuIsOnOneLineOnly() {
        assertThrows(IllegalArgumentException.class, () -> new PurchaseOrder("PO-2", fix, DAY,
                List.of(new PurchaseLine("A", 1, Money.ZERO), new PurchaseLine("A", 2, Money.ZERO))));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseOrder("PO-3", fix, DAY, List.of()));
    }

    @Test
    void goodsInPutsDeliveriesOnTheShelfAndInTheBooks() {
        StockLedger ledger = new StockLedger();
        Valuation books = new Valuation(Costing.FIFO);
        GoodsIn goodsIn = new GoodsIn(ledger, books);
        PurchaseOrder po = order();
        po.send();
        goodsIn.receive(po, "A", 3, "W1");
        assertEquals(11, goodsIn.receiveAll(po, "W2"));
        assertEquals(3, ledger.held("A", "W1"));
        assertEquals(7, ledger.held("A", "W2"));
        assertEquals(Money.parse("55.00"), books.value());
        assertEquals(3, ledger.byReference("PO-1").size());
        assertThrows(IllegalStateException.class, () -> goodsIn.receive(po, "A", 1, "W1"));
        assertEquals(10, ledger.held("A"));
    }
}
