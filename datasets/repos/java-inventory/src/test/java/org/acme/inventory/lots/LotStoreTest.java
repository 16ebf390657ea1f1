package org.acme.inventory.lots;

import org.acme.inventory.stock.InsufficientStockException;
import org.acme.inventory.stock.Movement;
import org.acme.inventory.stock.StockLedger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LotStoreTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
    private final Lot june = new Lot("B-20", "PRIMER", LocalDate.of(2024, 6, 30));
    private final Lot may = new Lot("A-10", "PRIMER", LocalDate.of(2024, 5, 15));
    private final Lot april = new Lot("Z-01", "PRIMER", LocalDate.of(2024, 4, 30));

    private LotStore stocked(StockLedger ledger) {
        LotStore store = new LotStore(ledger);
        store.receive(june, "W1", 10, "d1");
        store.receive(may, "W1", 5, "d2");
        store.receive(april, "W1", 7, "d3");
        return store;
    }

    @Test
    void picksSoonestExpiryFirstAndSkipsExpiredLots() {
        StockLedger ledger = new StockLedger();
        LotStore store = stocked(ledger);
        assertEquals(15, store.sellable("PRIMER", "W1", DAY));
        List<LotPick> picks = store.pick("PRIMER", "W1", 8, DAY, "o1");
        assertEquals(List.of(new LotPick(may, 5), new LotPick(june, 3)), picks);
        assertEquals(7, store.units("PRIMER", "W1", "Z-01"));
        assertEquals(14, ledger.held("PRIMER", "W1"));
    }

    @Test
    void theExpiryDayIsTheLastSellableDay() {
        LotStore store = stocked(new StockLedger());
        assertEquals(List.of(new LotPick(april, 2)), store.pick("PRIMER", "W1", 2, april.expiry(), "o1"));
    }

    @Test
    void aPickTooLargeForTheSellableLotsTakesNothing() {
        StockLedger ledger = new StockLedger();
        LotStore store = stocked(ledger);
        var e = assertThrows(InsufficientStockException.class, () -> store.pick("PRIMER", "W1", 16, DAY, "o1"));
        assertEquals("cannot take 16 of PRIMER from W1: only 15 held", e.getMessage());
        assertEquals(22, ledger.held("PRIMER", "W1"));
        assertEquals(5, store.units("PRIMER", "W1", "A-10"));
        assertThrows(InsufficientStockException.class, () -> store.pick("PRIMER", "W2", 1, DAY, "o2"));
    }

    @Test
    void expiredLotsAreWrittenOffInTheLedger() {
        StockLedger ledger = new StockLedger();
        LotStore store = stocked(ledger);
        assertEquals(12, store.writeOffExpired(LocalDate.of(2024, 5, 16), "x1"));
        assertEquals(10, ledger.held("PRIMER", "W1"));
        List<Movement> written = ledger.byReference("x1");
        assertEquals(2, written.size());
        assertEquals(Movement.Kind.WRITE_OFF, written.get(0).kind());
        assertEquals(0, store.writeOffExpired(LocalDate.of(2024, 5, 16), "x2"));
    }

    @Test
    void listsLotsExpiringSoonSoonestFirst() {
        LotStore store = stocked(new StockLedger());
        store.receive(new Lot("C-5", "SEALANT", LocalDate.of(2024, 5, 20)), "W2", 3, "d4");
        List<LotBalance> soon = store.expiring(DAY, 30);
        assertEquals(List.of(new LotBalance(may, "W1", 5), new LotBalance(new Lot("C-5", "SEALANT", LocalDate.of(2024, 5, 20)), "W2", 3)), soon);
    }

    @Test
    void aLotNumberKeepsItsExpiry() {
        LotStore store = stocked(new StockLedger());
        store.receive(may, "W1", 5, "d5");
        assertEquals(10, store.units("PRIMER", "W1", "A-10"));
        assertThrows(IllegalArgumentException.class, () -> store.receive(new Lot("A-10", "PRIMER", LocalDate.of(2025, 1, 1)), "W1", 1, "d6"));
    }
}
