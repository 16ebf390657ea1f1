package org.acme.inventory.purchasing;

import org.acme.inventory.forecast.ReorderSuggestion;
import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;
import org.acme.inventory.uom.Packaging;
import org.acme.inventory.uom.PackagingTable;
import org.acme.inventory.uom.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PurchasePlannerTest {
    private final Product bolt = new Product("BOLT", "Bolt", Category.HARDWARE, Money.parse("0.50"), 20);
    private final Product drill = new Product("DRILL", "Drill", Category.ELECTRICAL, Money.parse("80.00"), 2000);
    private final Product cable = new Product("CABLE", "Cable", Category.ELECTRICAL, Money.parse("12.00"), 900);
    private final Product rake = new Product("RAKE", "Rake", Category.GARDEN, Money.parse("9.00"), 1500);

    private static SupplierDirectory suppliers() {
        SupplierDirectory d = new SupplierDirectory();
        d.approve(new Supplier("SLOW", "Slow & Co", Set.of(Category.HARDWARE, Category.ELECTRICAL), 30, Money.ZERO));
        d.approve(new Supplier("VOLT", "Voltline", Set.of(Category.ELECTRICAL), 7, Money.parse("200")));
        return d;
    }

    @Test
    void oneOrderPerPreferredSupplierInCasesAtCost() {
        PackagingTable packs = new PackagingTable();
        packs.define(Packaging.loose("BOLT").with(Unit.CASE, 100));
        PurchasePlanner planner = new PurchasePlanner(suppliers(), packs, 60);
        PurchasePlan plan = planner.plan(List.of(new ReorderSuggestion(bolt, 0, 10, 130), new ReorderSuggestion(drill, 1, 2, 3),
                new ReorderSuggestion(cable, 0, 5, 10), new ReorderSuggestion(rake, 0, 1, 2)), LocalDate.of(2024, 3, 1), "PO");
        assertEquals(2, plan.orders().size());
        PurchaseOrder slow = plan.orders().get(0);
        assertEquals("PO-0001", slow.id());
        assertEquals("SLOW", slow.supplier().code());
        assertEquals(List.of(new PurchaseLine("BOLT", 200, Money.parse("0.30"))), slow.lines());
        PurchaseOrder volt = plan.orders().get(1);
        assertEquals("PO-0002", volt.id());
        assertEquals(List.of(new PurchaseLine("DRILL", 3, Money.parse("48.00")), new PurchaseLine("CABLE", 10, Money.parse("7.20"))), volt.lines());
        assertEquals(Money.parse("276.00"), plan.total());
        assertEquals(List.of(new ReorderSuggestion(rake, 0, 1, 2)), plan.noSupplier());
        assertEquals(List.of(), plan.belowMinimum());
    }

    @Test
    void ordersUnderTheSuppliersMinimumWait() {
        PurchasePlanner planner = new PurchasePlanner(suppliers(), new PackagingTable(), 50);
        ReorderSuggestion small = new ReorderSuggestion(cable, 0, 5, 2);
        PurchasePlan plan = planner.plan(List.of(small), LocalDate.of(2024, 3, 1), "PO");
        assertEquals(List.of(), plan.orders());
        assertEquals(List.of(small), plan.belowMinimum());
    }

    @Test
    void costIsAShareOfThePriceRoundedToTheCent() {
        PurchasePlanner planner = new PurchasePlanner(suppliers(), new PackagingTable(), 33);
        assertEquals(Money.ofCents(17), planner.unitCost(bolt));
        assertThrows(IllegalArgumentException.class, () -> new PurchasePlanner(suppliers(), new PackagingTable(), 0));
    }

    @Test
    void theQuickestSupplierIsPreferredAndCodesAreUnique() {
        SupplierDirectory d = suppliers();
        assertEquals("VOLT", d.preferredFor(Category.ELECTRICAL).orElseThrow().code());
        assertEquals("SLOW", d.preferredFor(Category.HARDWARE).orElseThrow().code());
        assertEquals(true, d.preferredFor(Category.PAINT).isEmpty());
        assertEquals("Voltline", d.byCode("VOLT").orElseThrow().name());
        assertThrows(IllegalArgumentException.class, () -> d.approve(new Supplier("VOLT", "Other", Set.of(Category.PAINT), 1, Money.ZERO)));
    }
}
