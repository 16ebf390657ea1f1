package org.acme.inventory.returns;

import org.acme.inventory.model.Money;
import org.acme.inventory.orders.Allocation;
import org.acme.inventory.stock.Movement;
import org.acme.inventory.stock.StockLedger;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReturnsDeskTest {
    /** Order o1 shipped 10 of A from two warehouses for 30.00 in all, and 2 of B for 5.00. */
    private final List<Allocation> shipped = List.of(
            new Allocation("o1", "A", "W1", 6, Money.parse("18.00")),
            new Allocation("o1", "A", "W2", 4, Money.parse("12.00")),
            new Allocation("o1", "B", "W1", 2, Money.parse("5.00")));

    @Test
    void restocksWhatMayBeSoldAgainAndCreditsLessTheFee() {
        StockLedger ledger = new StockLedger();
        ReturnsDesk desk = new ReturnsDesk(ledger, "W1", shipped);
        Rma rma = desk.authorise("R1", "o1", List.of(new ReturnLine("A", 3, ReturnReason.NOT_NEEDED), new ReturnLine("B", 1, ReturnReason.DAMAGED)));
        assertEquals(RmaStatus.AUTHORISED, rma.status());
        assertEquals(Money.ZERO, rma.credit());
        desk.receive("R1");
        assertEquals(RmaStatus.RECEIVED, rma.status());
        // 3 of A at 3.00 = 9.00 less 10% = 8.10; 1 of B = 2.50
        assertEquals(Money.parse("10.60"), rma.credit());
        assertEquals(3, rma.restocked());
        assertEquals(1, rma.scrapped());
        assertEquals(3, ledger.held("A", "W1"));
        assertEquals(0, ledger.held("B", "W1"));
        assertEquals(Movement.Kind.RETURN, ledger.byReference("R1").get(0).kind());
        assertThrows(IllegalStateException.class, () -> desk.receive("R1"));
        assertEquals(Money.parse("10.60"), desk.credited());
    }

    @Test
    void cannotReturnMoreThanWasShipped() {
        ReturnsDesk desk = new ReturnsDesk(new StockLedger(), "W1", shipped);
        desk.authorise("R1", "o1", List.of(new ReturnLine("A", 7, ReturnReason.WRONG_ITEM)));
        var e = assertThrows(ReturnRefusedException.class, () -> desk.authorise("R2", "o1",
                List.of(new ReturnLine("A", 2, ReturnReason.WRONG_ITEM), new ReturnLine("A", 2, ReturnReason.DAMAGED))));
        assertEquals("cannot return 4 of A on o1: 3 shipped and not yet returned", e.getMessage());
        desk.authorise("R3", "o1", List.of(new ReturnLine("A", 3, ReturnReason.WRONG_ITEM)));
        assertEquals(2, desk.all().size());
    }

    @Test
    void refusesReturnsOfWhatWasNeverShipped() {
        ReturnsDesk desk = new ReturnsDesk(new StockLedger(), "W1", shipped);
        assertThrows(ReturnRefusedException.class, () -> desk.authorise("R1", "o9", List.of(new ReturnLine("A", 1, ReturnReason.DAMAGED))));
        assertThrows(ReturnRefusedException.class, () -> desk.authorise("R1", "o1", List.of(new ReturnLine("C", 1, ReturnReason.DAMAGED))));
        desk.authorise("R1", "o1", List.of(new ReturnLine("B", 1, ReturnReason.EXPIRED)));
        assertThrows(ReturnRefusedException.class, () -> desk.authorise("R1", "o1", List.of(new ReturnLine("B", 1, ReturnReason.EXPIRED))));
        assertThrows(IllegalArgumentException.class, () -> desk.receive("R9"));
    }
}
