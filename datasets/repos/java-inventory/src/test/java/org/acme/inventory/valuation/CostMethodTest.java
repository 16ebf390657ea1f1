package org.acme.inventory.valuation;

import org.acme.inventory.model.Money;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CostMethodTest {
    @Test
    void fifoIssuesTheOldestLayersFirst() {
        FifoCost c = new FifoCost("A");
        c.receive(10, Money.parse("2.00"));
        c.receive(5, Money.parse("3.00"));
        c.receive(5, Money.parse("3.00"));
        assertEquals(2, c.layers());
        assertEquals(Money.parse("23.00"), c.issue(11));
        assertEquals(9, c.onHand());
        assertEquals(Money.parse("27.00"), c.value());
        assertEquals(Money.parse("27.00"), c.issue(9));
        assertEquals(0, c.layers());
    }

    @Test
    void averageCostsEveryUnitTheSame() {
        AverageCost c = new AverageCost("A");
        c.receive(10, Money.parse("2.00"));
        c.receive(5, Money.parse("3.50"));
        assertEquals(Money.parse("2.50"), c.unitCost());
        assertEquals(Money.parse("15.00"), c.issue(6));
        assertEquals(Money.parse("22.50"), c.value());
    }

    @Test
    void averageRoundsDownAndTheLastUnitTakesTheRest() {
        AverageCost c = new AverageCost("A");
        c.receive(3, Money.ofCents(100));
        c.receive(1, Money.ofCents(1));
        assertEquals(Money.ofCents(75), c.issue(1));
        assertEquals(Money.ofCents(150), c.issue(2));
        assertEquals(Money.ofCents(76), c.issue(1));
        assertEquals(Money.ZERO, c.value());
        assertEquals(Money.ZERO, c.unitCost());
    }

    @Test
    void issuingMoreThanReceivedIsRefused() {
        for (Costing costing : Costing.values()) {
            CostMethod c = costing.start("A");
            c.receive(2, Money.ofCents(10));
            var e = assertThrows(CostingException.class, () -> c.issue(3));
            assertEquals("cannot cost 3 units of A: only 2 received and not issued", e.getMessage());
            assertEquals(2, c.onHand());
            assertEquals(Money.ofCents(20), c.value());
        }
    }

    @Test
    void receiptsMustAddUnitsAtACost() {
        FifoCost c = new FifoCost("A");
        assertThrows(IllegalArgumentException.class, () -> c.receive(0, Money.ofCents(1)));
        assertThrows(IllegalArgumentException.class, () -> c.receive(1, Money.ofCents(-1)));
        assertThrows(IllegalArgumentException.class, () -> c.issue(0));
    }
}
