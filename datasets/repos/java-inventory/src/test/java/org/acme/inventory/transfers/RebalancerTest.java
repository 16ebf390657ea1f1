package org.acme.inventory.transfers;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;
import org.acme.inventory.model.Warehouse;
import org.acme.inventory.stock.StockLedger;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RebalancerTest {
    private final List<Warehouse> warehouses = List.of(new Warehouse("W3", "Derby", 1), new Warehouse("W1", "Leeds", 1), new Warehouse("W2", "Bristol", 1));
    private final Product hinge = new Product("H", "Hinge", Category.HARDWARE, Money.ofCents(300), 100);
    private final Product anvil = new Product("N", "Anvil", Category.HARDWARE, Money.ofCents(9000), 50_000);

    @Test
    void topsUpFromTheRichestWarehouseKeepingItsMinimum() {
        StockLedger ledger = new StockLedger();
        ledger.receive("H", "W1", 30, "d");
        ledger.receive("H", "W3", 12, "d");
        Rebalancer r = new Rebalancer(ledger, warehouses, 1000);
        List<Transfer> plan = r.plan(List.of(hinge), 10);
        assertEquals(List.of(new Transfer("H", "W1", "W2", 10)), plan);
        assertEquals(10, r.execute(plan, "T1"));
        assertEquals(20, ledger.held("H", "W1"));
        assertEquals(10, ledger.held("H", "W2"));
        assertEquals(List.of(), r.plan(List.of(hinge), 10));
    }

    @Test
    void neverTakesADonorBelowTheMinimum() {
        StockLedger ledger = new StockLedger();
        ledger.receive("H", "W2", 14, "d");
        List<Transfer> plan = new Rebalancer(ledger, warehouses, 1000).plan(List.of(hinge), 10);
        assertEquals(List.of(new Transfer("H", "W2", "W1", 4)), plan);
    }

    @Test
    void aLaneCarriesOneTruckloadADay() {
        StockLedger ledger = new StockLedger();
        ledger.receive("N", "W1", 100, "d");
        ledger.receive("H", "W1", 100, "d");
        List<Transfer> plan = new Rebalancer(ledger, warehouses, 120).plan(List.of(anvil, hinge), 5);
        // 120 kg a lane: two 50 kg anvils fit on each, and the 20 kg left takes the hinges
        assertEquals(List.of(new Transfer("N", "W1", "W2", 2), new Transfer("N", "W1", "W3", 2),
                new Transfer("H", "W1", "W2", 5), new Transfer("H", "W1", "W3", 5)), plan);
        assertThrows(IllegalArgumentException.class, () -> new Rebalancer(ledger, warehouses, 0));
        assertThrows(IllegalArgumentException.class, () -> new Transfer("H", "W1", "W1", 1));
    }
}
