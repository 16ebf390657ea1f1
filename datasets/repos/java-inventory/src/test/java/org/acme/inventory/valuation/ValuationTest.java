package org.acme.inventory.valuation;

import org.acme.inventory.io.StockExport;
import org.acme.inventory.model.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValuationTest {
    private static Valuation stocked(Costing costing) {
        Valuation v = new Valuation(costing);
        v.receive("B", 4, Money.parse("1.00"));
        v.receive("A", 10, Money.parse("2.00"));
        v.receive("A", 10, Money.parse("4.00"));
        return v;
    }

    @Test
    void fifoAndAverageDifferWhenCostsRise() {
        Valuation fifo = stocked(Costing.FIFO);
        Valuation average = stocked(Costing.AVERAGE);
        assertEquals(Money.parse("20.00"), fifo.issue("A", 10));
        assertEquals(Money.parse("30.00"), average.issue("A", 10));
        assertEquals(Money.parse("44.00"), fifo.value());
        assertEquals(Money.parse("34.00"), average.value());
        assertEquals(fifo.issued().plus(fifo.value()), average.issued().plus(average.value()));
    }

    @Test
    void linesAreInSkuOrderAndLeaveOutEmptyShelves() {
        Valuation v = stocked(Costing.FIFO);
        v.issue("B", 4);
        assertEquals(List.of(new ValuationLine("A", 20, Money.parse("60.00"))), v.lines());
        assertEquals(Money.parse("3.00"), v.lines().get(0).unitCost());
        assertEquals(0, v.onHand("B"));
        assertEquals(Money.ZERO, v.value("Z"));
    }

    @Test
    void issuingAnUnknownSkuIsRefused() {
        assertThrows(CostingException.class, () -> new Valuation(Costing.AVERAGE).issue("Z", 1));
    }

    @Test
    void exportsTheValuationAsCsv() {
        Valuation v = stocked(Costing.AVERAGE);
        v.issue("A", 5);
        assertEquals("sku,units,value,unit_cost\nA,15,45.00,3.00\nB,4,4.00,1.00\n", StockExport.valuation(v.lines()));
    }
}
