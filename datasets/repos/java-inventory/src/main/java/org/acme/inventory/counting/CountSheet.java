package org.acme.inventory.counting;

import org.acme.inventory.stock.StockLedger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list a counter walks the aisles with for one warehouse. The expected quantities are taken from the ledger when
 * the sheet is printed, so stock that moves while the count is under way shows up as a variance to be recounted,
 * not as a silent correction.
 */
public final class CountSheet {
    private final String warehouse;
    private final Map<String, Integer> expected = new LinkedHashMap<>();
    private final Map<String, Integer> counted = new LinkedHashMap<>();

    private CountSheet(String warehouse) {
        this.warehouse = warehouse;
    }

    /** A sheet for the SKUs at the warehouse, in the order given (the walking order of the aisles). */
    public static CountSheet print(StockLedger ledger, String warehouse, List<String> skus) {
        CountSheet sheet = new CountSheet(warehouse);
        for (String sku : skus) sheet.expected.put(sku, ledger.held(sku, warehouse));
        return sheet;
    }

    public String warehouse() {
        return warehouse;
    }

    public List<String> skus() {
        return List.copyOf(expected.keySet());
    }

    public int expected(String sku) {
        Integer n = expected.get(sku);
        if (n == null) throw new IllegalArgumentException(sku + " is not on the count sheet for " + warehouse);
        return n;
    }

    /** Writes down what was found; counting a shelf again replaces the earlier figure. */
    public void enter(String sku, int units) {
        expected(sku);
        if (units < 0) throw new IllegalArgumentException("negative count for " + sku);
        counted.put(sku, units);
    }

    /** SKUs on the sheet with nothing entered yet. */
    public List<String> uncounted() {
        List<String> out = new ArrayList<>();
        for (String sku : expected.keySet()) if (!counted.containsKey(sku)) out.add(sku);
        return out;
    }

    /** The counted lines, in sheet order. The sheet must be complete: a shelf left out is not a shelf found empty. */
    public List<CountLine> lines() {
        List<String> missing = uncounted();
        if (!missing.isEmpty()) throw new IllegalStateException(missing.size() + " lines not counted at " + warehouse + ", first " + missing.get(0));
        List<CountLine> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            out.add(new CountLine(e.getKey(), warehouse, e.getValue(), counted.get(e.getKey())));
        }
        return out;
    }
}
