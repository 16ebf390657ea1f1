package org.acme.inventory.counting;

import org.acme.inventory.stock.Movement;
import org.acme.inventory.stock.StockLedger;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StockAdjusterTest {
    private static final LocalDateTime NIGHT = LocalDateTime.of(2024, 3, 1, 22, 0);

    private static StockLedger ledger() {
        StockLedger l = new StockLedger();
        l.receive("A", "W1", 100, "d");
        l.receive("B", "W1", 10, "d");
        l.receive("C", "W1", 40, "d");
        return l;
    }

    @Test
    void booksSmallVariancesAndSendsLargeOnesBack() {
        StockLedger ledger = ledger();
        CountSheet sheet = CountSheet.print(ledger, "W1", List.of("A", "B", "C", "D"));
        sheet.enter("A", 97);
        sheet.enter("B", 0);
        sheet.enter("C", 41);
        sheet.enter("D", 0);
        AuditTrail audit = new AuditTrail();
        CountResult r = new StockAdjuster(ledger, audit, 10).book(sheet.lines(), "alice", NIGHT, "CC-1");
        assertEquals(2, r.adjusted());
        assertEquals(1, r.unitsGained());
        assertEquals(3, r.unitsLost());
        assertEquals(List.of(new CountLine("B", "W1", 10, 0)), r.recount());
        assertEquals(97, ledger.held("A", "W1"));
        assertEquals(10, ledger.held("B", "W1"));
        assertEquals(41, ledger.held("C", "W1"));
        assertEquals(List.of(Movement.Kind.COUNT_LOSS, Movement.Kind.COUNT_GAIN), ledger.byReference("CC-1").stream().map(Movement::kind).toList());
        assertEquals(-2, audit.netChange());
        assertEquals("2024-03-01T22:00 alice A@W1 100 -> 97 (count CC-1)\n2024-03-01T22:00 alice C@W1 40 -> 41 (count CC-1)\n", audit.render());
    }

    @Test
    void aShelfThatMovedDuringTheCountIsRecounted() {
        StockLedger ledger = ledger();
        CountSheet sheet = CountSheet.print(ledger, "W1", List.of("A"));
        ledger.pick("A", "W1", 5, "o1");
        sheet.enter("A", 95);
        CountResult r = new StockAdjuster(ledger, new AuditTrail(), 10).book(sheet.lines(), "bob", NIGHT, "CC-2");
        assertEquals(0, r.adjusted());
        assertEquals(1, r.recount().size());
        assertEquals(95, ledger.held("A", "W1"));
    }

    @Test
    void aSheetMustBeCountedInFull() {
        CountSheet sheet = CountSheet.print(ledger(), "W1", List.of("A", "B"));
        sheet.enter("A", 1);
        sheet.enter("A", 100);
        assertEquals(List.of("B"), sheet.uncounted());
        var e = assertThrows(IllegalStateException.class, sheet::lines);
        assertEquals("1 lines not counted at W1, first B", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sheet.enter("Z", 1));
        assertThrows(IllegalArgumentException.class, () -> sheet.enter("B", -1));
    }

    @Test
    void varianceAsAShareOfTheBooks() {
        assertEquals(0, new CountLine("A", "W1", 0, 0).variancePercent());
        assertEquals(100, new CountLine("A", "W1", 0, 3).variancePercent());
        assertEquals(25, new CountLine("A", "W1", 8, 6).variancePercent());
        assertEquals(-2, new CountLine("A", "W1", 8, 6).variance());
    }

    @Test
    void theAuditTrailOnlyGrowsForward() {
        AuditTrail audit = new AuditTrail();
        audit.append(new AuditEntry(NIGHT, "a", "A", "W1", 1, 2, "x"));
        assertThrows(IllegalArgumentException.class, () -> audit.append(new AuditEntry(NIGHT.minusHours(1), "a", "B", "W1", 1, 2, "x")));
        audit.append(new AuditEntry(NIGHT, "a", "B", "W1", 5, 2, "x"));
        assertEquals(1, audit.forSku("B").size());
        assertEquals(-2, audit.netChange());
    }
}
