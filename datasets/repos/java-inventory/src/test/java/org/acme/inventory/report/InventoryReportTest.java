package org.acme.inventory.report;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;
import org.acme.inventory.model.StockLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventoryReportTest {
    @Test
    void rendersLinesAndTotals() {
        Product a = new Product("A-1", "Anchor", Category.HARDWARE, Money.ofCents(250), 10);
        Product b = new Product("B-2", "Bolt", Category.HARDWARE, Money.ofCents(10), 5);
        String r = new InventoryReport("Stock").render(List.of(new StockLevel(a, 10, 2, 3), new StockLevel(b, 4, 4, 1)));
        String[] lines = r.split("\n");
        assertEquals("Stock", lines[0]);
        assertEquals(7, lines.length);
        assertEquals("A-1         Anchor                      10       2       8        25.00 ", lines[3]);
        assertTrue(lines[4].endsWith("*"), lines[4]);
        assertTrue(lines[6].startsWith("2 products, 1 to reorder"), lines[6]);
        assertTrue(lines[6].endsWith("25.40"), lines[6]);
    }

    @Test
    void checksumIsStable() {
        assertEquals("af63dc4c8601ec8c", Checksum.of("a"));
    }
}
