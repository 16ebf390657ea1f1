package org.acme.inventory.bench;

import org.acme.inventory.catalog.Catalog;
import org.acme.inventory.gen.DataGenerator;
import org.acme.inventory.model.Order;
import org.acme.inventory.model.Product;
import org.acme.inventory.model.Warehouse;
import org.acme.inventory.orders.Fulfillment;
import org.acme.inventory.orders.FulfillmentResult;
import org.acme.inventory.pricing.PricingRules;
import org.acme.inventory.stock.StockLedger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A batch of {@code orders} orders against a catalog of {@code products}, from opening stock to allocations: every
 * order line looks its product up in the catalog, which is where a day with many orders spends its time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FulfillmentBench {
    @Param({"1500"})
    int products;

    @Param({"3000"})
    int orders;

    Catalog catalog;
    List<Warehouse> warehouses;
    List<Order> batch;
    int[][] opening;

    @Setup
    public void day() {
        DataGenerator gen = new DataGenerator(42);
        catalog = new Catalog(gen.products(products));
        warehouses = gen.warehouses();
        opening = new int[catalog.size()][warehouses.size()];
        for (int[] row : opening) {
            for (int w = 0; w < row.length; w++) row[w] = gen.initialStock();
        }
        batch = gen.orders(orders, products, 40);
    }

    @Benchmark
    public FulfillmentResult fulfil() {
        // a fresh ledger each time: fulfilling takes stock out of it
        StockLedger ledger = new StockLedger();
        List<Product> all = catalog.products();
        for (int i = 0; i < all.size(); i++) {
            for (int w = 0; w < warehouses.size(); w++) {
                if (opening[i][w] > 0) ledger.receive(all.get(i).sku(), warehouses.get(w).code(), opening[i][w], "opening");
            }
        }
        Fulfillment f = new Fulfillment(catalog, ledger, PricingRules.standard(), warehouses, Set.of("C1", "C2", "C3", "C5", "C8", "C13"));
        return f.fulfill(batch);
    }
}
