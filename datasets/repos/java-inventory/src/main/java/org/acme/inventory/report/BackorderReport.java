package org.acme.inventory.report;

import org.acme.inventory.orders.Backorder;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Units waiting for stock, per SKU, largest first, for the buyer. */
public final class BackorderReport {

    public String render(List<Backorder> backorders) {
        Map<String, Integer> bySku = new TreeMap<>();
        for (Backorder b : backorders) bySku.merge(b.sku(), b.units(), Integer::sum);
        StringBuilder out = new StringBuilder("Backorders\n");
        bySku.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append(Columns.left(e.getKey(), 12)).append(Columns.right(e.getValue().toString(), 8)).append('\n'));
        return out.toString();
    }
}
