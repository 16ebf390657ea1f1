package org.acme.inventory.io;

import org.acme.inventory.stock.StockLedger;
import org.acme.inventory.valuation.ValuationLine;

import java.util.List;

/** CSV files for the spreadsheets of the office: stock per shelf, and the valuation. */
public final class StockExport {
    private StockExport() {
    }

    /** {@code sku,warehouse,units} for each SKU at each warehouse given, SKUs in the order given. */
    public static String holdings(StockLedger ledger, List<String> skus, List<String> warehouses) {
        StringBuilder b = new StringBuilder("sku,warehouse,units\n");
        for (String sku : skus) {
            for (String w : warehouses) b.append(Csv.row(List.of(sku, w, Integer.toString(ledger.held(sku, w))))).append('\n');
        }
        return b.toString();
    }

    /** {@code sku,units,value,unit_cost}, one line per valuation line. */
    public static String valuation(List<ValuationLine> lines) {
        StringBuilder b = new StringBuilder("sku,units,value,unit_cost\n");
        for (ValuationLine l : lines) {
            b.append(Csv.row(List.of(l.sku(), Integer.toString(l.units()), l.value().toString(), l.unitCost().toString()))).append('\n');
        }
        return b.toString();
    }
}
