package org.acme.inventory.cli;

import org.acme.inventory.catalog.Catalog;
import org.acme.inventory.gen.DataGenerator;
import org.acme.inventory.model.Product;
import org.acme.inventory.model.StockLevel;
import org.acme.inventory.model.Warehouse;
import org.acme.inventory.orders.Backorder;
import org.acme.inventory.orders.Fulfillment;
import org.acme.inventory.orders.FulfillmentResult;
import org.acme.inventory.pricing.PricingRules;
import org.acme.inventory.report.BackorderReport;
import org.acme.inventory.report.Checksum;
import org.acme.inventory.report.InventoryReport;
import org.acme.inventory.stock.ReorderPolicy;
import org.acme.inventory.stock.StockLedger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A day at the wholesaler, simulated: {@code InventoryCli [products] [orders] [seed]} lists a catalog, receives stock,
 * fulfils a batch of orders and writes the morning reports, then prints what a person would check (revenue, units,
 * report checksums), and then what the office's end of the day ({@link DayEnd}) did. The output depends only on the
 * arguments.
 */
public final class InventoryCli {

    public static void main(String[] args) {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        System.out.print(run(products, orders, seed));
    }

    public static String run(int productCount, int orderCount, long seed) {
        DataGenerator gen = new DataGenerator(seed);
        Catalog catalog = new Catalog(gen.products(productCount));
        List<Warehouse> warehouses = gen.warehouses();
        StockLedger ledger = new StockLedger();
        for (Product p : catalog.products()) {
            for (Warehouse w : warehouses) {
                int units = gen.initialStock();
                if (units > 0) ledger.receive(p.sku(), w.code(), units, "opening");
            }
        }
        Set<String> trade = Set.of("C1", "C2", "C3", "C5", "C8", "C13");
        Fulfillment fulfillment = new Fulfillment(catalog, ledger, PricingRules.standard(), warehouses, trade);
        FulfillmentResult result = fulfillment.fulfill(gen.orders(orderCount, productCount, 40));

        Map<String, Integer> backordered = new HashMap<>();
        for (Backorder b : result.backorders()) backordered.merge(b.sku(), b.units(), Integer::sum);
        ReorderPolicy policy = new ReorderPolicy(20, 12);
        List<StockLevel> levels = new ArrayList<>();
        int toOrder = 0;
        for (Product p : catalog.products()) {
            int reserved = backordered.getOrDefault(p.sku(), 0);
            StockLevel level = new StockLevel(p, ledger.held(p.sku()), reserved, policy.reorderPoint(p, 1.5));
            levels.add(level);
            toOrder += policy.orderQuantity(p, level.available(), 1.5);
        }
        String stockReport = new InventoryReport("Stock on hand, all warehouses").render(levels);
        StringBuilder perWarehouse = new StringBuilder();
        for (Warehouse w : warehouses) {
            List<StockLevel> here = new ArrayList<>();
            for (Product p : catalog.products()) {
                here.add(new StockLevel(p, ledger.held(p.sku(), w.code()), 0, policy.reorderPoint(p, 0.5)));
            }
            String report = new InventoryReport("Stock on hand, " + w.city()).render(here);
            perWarehouse.append(w.code()).append(' ').append(report.length()).append(" chars, checksum ").append(Checksum.of(report)).append('\n');
        }
        String backorderReport = new BackorderReport().render(result.backorders());

        StringBuilder out = new StringBuilder();
        out.append("products ").append(catalog.size()).append('\n');
        out.append("orders ").append(orderCount).append(", rejected ").append(result.rejected().size()).append('\n');
        out.append("allocations ").append(result.allocations().size()).append('\n');
        out.append("units shipped ").append(result.unitsShipped()).append(", backordered ").append(result.unitsBackordered()).append('\n');
        out.append("revenue ").append(result.revenue()).append('\n');
        out.append("units to reorder ").append(toOrder).append('\n');
        out.append("stock report ").append(stockReport.length()).append(" chars, checksum ").append(Checksum.of(stockReport)).append('\n');
        out.append(perWarehouse);
        out.append("backorder report ").append(backorderReport.length()).append(" chars, checksum ").append(Checksum.of(backorderReport)).append('\n');
        out.append(DayEnd.run(catalog.products(), warehouses, ledger, result, policy, seed));
        return out.toString();
    }
}
