package org.acme.inventory.bench;

import org.acme.inventory.gen.DataGenerator;
import org.acme.inventory.model.Product;
import org.acme.inventory.model.StockLevel;
import org.acme.inventory.report.InventoryReport;
import org.acme.inventory.stock.ReorderPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The morning stock report for a catalog of {@code products}: what the warehouse manager waits for, and what the
 * command-line day spends most of its time on when the catalog is large. Built with {@code mvn -Pjmh package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InventoryReportBench {
    @Param({"4000"})
    int products;

    List<StockLevel> levels;

    @Setup
    public void stock() {
        DataGenerator gen = new DataGenerator(42);
        ReorderPolicy policy = new ReorderPolicy(20, 12);
        levels = new ArrayList<>();
        for (Product p : gen.products(products)) {
            levels.add(new StockLevel(p, gen.initialStock(), 0, policy.reorderPoint(p, 1.5)));
        }
    }

    @Benchmark
    public String render() {
        return new InventoryReport("Stock on hand, all warehouses").render(levels);
    }
}
