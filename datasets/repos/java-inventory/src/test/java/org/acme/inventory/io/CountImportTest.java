package org.acme.inventory.io;

import org.acme.inventory.stock.StockLedger;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountImportTest {
    private final CountImport importer = new CountImport(Set.of("A", "B", "C"), Set.of("W1", "W2"));

    @Test
    void keepsGoodLinesAndReportsEveryBadOne() throws Exception {
        String file = String.join("\n", "SKU,Warehouse,Counted", "A,W1,12", "", "B,W9,3", "C,W1,many", "Z,W1,1", "A,W1,13",
                "B,W2,-1", "C,W2", "\"C\",W2, 7 ", "A,\"W2", "");
        ImportResult<CountEntry> r = importer.read(new StringReader(file));
        assertFalse(r.clean());
        assertEquals(List.of(new CountEntry("A", "W1", 12), new CountEntry("C", "W2", 7)), r.rows());
        assertEquals(List.of("line 4: unknown warehouse W9", "line 5: count is not a whole number: many", "line 6: unknown SKU Z",
                "line 7: A at W1 counted twice", "line 8: negative count -1", "line 9: expected 3 fields, got 2",
                "line 11: a quoted field is not closed"), r.errors().stream().map(ValidationError::toString).toList());
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedWhole() throws Exception {
        ImportResult<CountEntry> r = importer.read(new StringReader("A,W1,12\n"));
        assertEquals(List.of(), r.rows());
        assertEquals(List.of(new ValidationError(1, "expected the header sku,warehouse,counted")), r.errors());
        assertFalse(importer.read(new StringReader("")).clean());
    }

    @Test
    void readsBackTheHoldingsExport() throws Exception {
        StockLedger ledger = new StockLedger();
        ledger.receive("A", "W1", 5, "d");
        ledger.receive("B", "W2", 2, "d");
        String export = StockExport.holdings(ledger, List.of("A", "B"), List.of("W1", "W2"));
        assertEquals("sku,warehouse,units\nA,W1,5\nA,W2,0\nB,W1,0\nB,W2,2\n", export);
        ImportResult<CountEntry> r = importer.read(new StringReader(export.replace("units", "counted")));
        assertTrue(r.clean());
        assertEquals(4, r.rows().size());
        assertEquals(new CountEntry("B", "W2", 2), r.rows().get(3));
    }
}
