package org.acme.inventory.report;

import org.acme.inventory.model.Money;
import org.acme.inventory.model.StockLevel;

import java.util.List;

/**
 * The stock report the warehouse manager reads every morning: one line per product with what is on hand, reserved and
 * available, its value, and a mark where it needs reordering; then the totals.
 */
public final class InventoryReport {
    private final String title;

    public InventoryReport(String title) {
        this.title = title;
    }

    public String render(List<StockLevel> levels) {
        String report = "";
        report += header();
        Money total = Money.ZERO;
        int reorder = 0;
        for (StockLevel level : levels) {
            report += line(level) + "\n";
            total = total.plus(level.value());
            if (level.needsReorder()) reorder++;
        }
        report += "-".repeat(WIDTH) + "\n";
        report += Columns.left(levels.size() + " products, " + reorder + " to reorder", 58) + Columns.right(total.toString(), 14) + "\n";
        return report;
    }

    static final int WIDTH = 72;

    private String header() {
        return title + "\n" + "=".repeat(WIDTH) + "\n"
                + Columns.left("SKU", 12) + Columns.left("Product", 22) + Columns.right("Hand", 8) + Columns.right("Resv", 8)
                + Columns.right("Avail", 8) + Columns.right("Value", 14) + "\n";
    }

    static String line(StockLevel s) {
        return Columns.left(s.product().sku(), 12) + Columns.left(s.product().name(), 22) + Columns.right(Integer.toString(s.onHand()), 8)
                + Columns.right(Integer.toString(s.reserved()), 8) + Columns.right(Integer.toString(s.available()), 8)
                + Columns.right(s.value().toString(), 13) + (s.needsReorder() ? "*" : " ");
    }
}
