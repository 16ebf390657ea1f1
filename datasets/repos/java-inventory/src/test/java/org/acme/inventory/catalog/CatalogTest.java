package org.acme.inventory.catalog;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogTest {
    private static Product p(String sku, String name, long cents) {
        return new Product(sku, name, Category.HARDWARE, Money.ofCents(cents), 100);
    }

    @Test
    void findsListedProducts() {
        Catalog c = new Catalog(List.of(p("A", "Anchor", 100), p("B", "Bolt", 20)));
        assertEquals("Bolt", c.require("B").name());
        assertTrue(c.carries("A"));
        assertFalse(c.carries("Z"));
        assertThrows(UnknownSkuException.class, () -> c.require("Z"));
    }

    @Test
    void relistingReplacesInPlace() {
        Catalog c = new Catalog(List.of(p("A", "Anchor", 100), p("B", "Bolt", 20), p("C", "Clamp", 5)));
        c.list(p("B", "Bolt, zinc", 25));
        assertEquals(3, c.size());
        assertEquals("Bolt, zinc", c.products().get(1).name());
        assertEquals(Money.ofCents(25), c.require("B").unitPrice());
    }

    @Test
    void delistedProductsAreGone() {
        Catalog c = new Catalog(List.of(p("A", "Anchor", 100), p("B", "Bolt", 20), p("C", "Clamp", 5)));
        assertTrue(c.delist("B"));
        assertFalse(c.delist("B"));
        assertFalse(c.carries("B"));
        assertEquals("Clamp", c.require("C").name());
        c.list(p("B", "Bolt again", 30));
        assertEquals("Bolt again", c.products().get(2).name());
    }

    @Test
    void repriceChangesOneCategory() {
        Catalog c = new Catalog(List.of(p("A", "Anchor", 1000), new Product("P", "Primer", Category.PAINT, Money.ofCents(1000), 900)));
        c.reprice(Category.PAINT, 10);
        assertEquals(Money.ofCents(1100), c.require("P").unitPrice());
        assertEquals(Money.ofCents(1000), c.require("A").unitPrice());
    }
}
