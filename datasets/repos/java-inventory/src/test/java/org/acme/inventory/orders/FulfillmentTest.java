package org.acme.inventory.orders;

import org.acme.inventory.catalog.Catalog;
import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Order;
import org.acme.inventory.model.OrderLine;
import org.acme.inventory.model.Product;
import org.acme.inventory.model.Warehouse;
import org.acme.inventory.pricing.PricingRules;
import org.acme.inventory.stock.StockLedger;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FulfillmentTest {
    private final Catalog catalog = new Catalog(List.of(
            new Product("A", "Anchor", Category.HARDWARE, Money.ofCents(100), 10),
            new Product("B", "Bolt", Category.HARDWARE, Money.ofCents(10), 5)));
    private final List<Warehouse> warehouses = List.of(new Warehouse("W2", "Bristol", 1), new Warehouse("W1", "Leeds", 1));

    @Test
    void splitsAcrossWarehousesInCodeOrderAndBackorders() {
        StockLedger l = new StockLedger();
        l.receive("A", "W1", 3, "d");
        l.receive("A", "W2", 4, "d");
        Fulfillment f = new Fulfillment(catalog, l, PricingRules.standard(), warehouses, Set.of());
        FulfillmentResult r = f.fulfill(List.of(new Order("o1", "C", List.of(new OrderLine("A", 9)), false)));
        assertEquals(List.of("W1", "W2"), r.allocations().stream().map(Allocation::warehouse).toList());
        assertEquals(7, r.unitsShipped());
        assertEquals(List.of(new Backorder("o1", "A", 2)), r.backorders());
    }

    @Test
    void expressOrdersGoFirst() {
        StockLedger l = new StockLedger();
        l.receive("B", "W1", 5, "d");
        Fulfillment f = new Fulfillment(catalog, l, PricingRules.standard(), warehouses, Set.of());
        FulfillmentResult r = f.fulfill(List.of(new Order("slow", "C", List.of(new OrderLine("B", 5)), false),
                new Order("fast", "C", List.of(new OrderLine("B", 5)), true)));
        assertEquals("fast", r.allocations().get(0).orderId());
        assertEquals(List.of(new Backorder("slow", "B", 5)), r.backorders());
    }

    @Test
    void unknownSkuRejectsTheWholeOrder() {
        StockLedger l = new StockLedger();
        l.receive("A", "W1", 5, "d");
        Fulfillment f = new Fulfillment(catalog, l, PricingRules.standard(), warehouses, Set.of());
        FulfillmentResult r = f.fulfill(List.of(new Order("o1", "C", List.of(new OrderLine("A", 1), new OrderLine("Z", 1)), false)));
        assertEquals(List.of("o1: unknown SKU Z"), r.rejected());
        assertEquals(5, l.held("A", "W1"));
    }

    @Test
    void linePriceIsSharedByUnits() {
        assertEquals(Money.ofCents(333), Fulfillment.share(Money.ofCents(1000), 1, 3));
    }
}
