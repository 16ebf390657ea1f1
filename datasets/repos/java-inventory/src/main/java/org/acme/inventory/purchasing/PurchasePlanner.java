package org.acme.inventory.purchasing;

import org.acme.inventory.forecast.ReorderSuggestion;
import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;
import org.acme.inventory.uom.PackagingTable;
import org.acme.inventory.uom.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups reorder suggestions into one purchase order per supplier. Quantities are rounded up to whole cases where the
 * product comes in cases (suppliers do not split them), and each unit is costed at a fixed share of the selling price,
 * the wholesaler's usual buying margin. Order ids are {@code prefix-NNNN}, numbered in supplier order.
 */
public final class PurchasePlanner {
    private final SupplierDirectory suppliers;
    private final PackagingTable packaging;
    private final int costPercent;

    public PurchasePlanner(SupplierDirectory suppliers, PackagingTable packaging, int costPercent) {
        if (costPercent <= 0 || costPercent > 100) throw new IllegalArgumentException("cost must be 1-100% of price, got " + costPercent);
        this.suppliers = suppliers;
        this.packaging = packaging;
        this.costPercent = costPercent;
    }

    /** The unit cost the supplier charges for a product: its price times the cost share, rounded to the cent. */
    public Money unitCost(Product p) {
        return Money.ofCents((p.unitPrice().cents() * costPercent + 50) / 100);
    }

    public PurchasePlan plan(List<ReorderSuggestion> suggestions, LocalDate today, String prefix) {
        Map<String, List<ReorderSuggestion>> bySupplier = new HashMap<>();
        List<ReorderSuggestion> noSupplier = new ArrayList<>();
        Map<Category, Optional<Supplier>> preferred = new EnumMap<>(Category.class);
        for (ReorderSuggestion s : suggestions) {
            Optional<Supplier> supplier = preferred.computeIfAbsent(s.product().category(), suppliers::preferredFor);
            if (supplier.isEmpty()) noSupplier.add(s);
            else bySupplier.computeIfAbsent(supplier.get().code(), x -> new ArrayList<>()).add(s);
        }
        List<PurchaseOrder> orders = new ArrayList<>();
        List<ReorderSuggestion> belowMinimum = new ArrayList<>();
        int number = 1;
        for (Supplier supplier : suppliers.all()) {
            List<ReorderSuggestion> mine = bySupplier.get(supplier.code());
            if (mine == null) continue;
            List<PurchaseLine> lines = new ArrayList<>();
            Money total = Money.ZERO;
            for (ReorderSuggestion s : mine) {
                Product p = s.product();
                int units = packaging.of(p.sku()).packs(Unit.CASE) ? packaging.of(p.sku()).roundUp(s.units(), Unit.CASE) : s.units();
                PurchaseLine line = new PurchaseLine(p.sku(), units, unitCost(p));
                lines.add(line);
                total = total.plus(line.total());
            }
            if (total.compareTo(supplier.minimumOrder()) < 0) {
                belowMinimum.addAll(mine);
                continue;
            }
            orders.add(new PurchaseOrder(String.format("%s-%04d", prefix, number++), supplier, today, lines));
        }
        return new PurchasePlan(orders, belowMinimum, noSupplier);
    }
}
