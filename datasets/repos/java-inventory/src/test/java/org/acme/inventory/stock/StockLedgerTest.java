package org.acme.inventory.stock;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StockLedgerTest {
    @Test
    void receivesPicksAndTransfers() {
        StockLedger l = new StockLedger();
        l.receive("A", "W1", 10, "d1");
        l.receive("A", "W2", 5, "d2");
        l.pick("A", "W1", 4, "o1");
        l.transfer("A", "W2", "W1", 5, "t1");
        assertEquals(11, l.held("A", "W1"));
        assertEquals(0, l.held("A", "W2"));
        assertEquals(11, l.held("A"));
        assertEquals(Map.of("W1", 11), l.holdings("A"));
        assertEquals(2, l.byReference("t1").size());
    }

    @Test
    void refusesToGoNegative() {
        StockLedger l = new StockLedger();
        l.receive("A", "W1", 3, "d1");
        assertThrows(InsufficientStockException.class, () -> l.pick("A", "W1", 4, "o1"));
        assertEquals(3, l.held("A", "W1"));
        assertEquals(1, l.movements().size());
    }
}
