package org.acme.inventory.catalog;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogLoaderTest {
    @Test
    void readsQuotedNames() throws Exception {
        String csv = "sku,name,category,price,weight_grams\n# comment\nH-1,\"Hinge, brass\",hardware,3.50,120\n\nP-2,Primer,PAINT,12,900\n";
        Catalog c = new CatalogLoader().load(new StringReader(csv));
        assertEquals(2, c.size());
        assertEquals("Hinge, brass", c.require("H-1").name());
        assertEquals(350, c.require("H-1").unitPrice().cents());
    }

    @Test
    void badLinesNameTheirNumber() {
        String csv = "sku,name,category,price,weight_grams\nH-1,Hinge,hardware,3.50,120\nX-2,Thing,toys,1,1\n";
        var e = assertThrows(CatalogLoader.BadLineException.class, () -> new CatalogLoader().load(new StringReader(csv)));
        assertTrue(e.getMessage().startsWith("line 3: unknown category"), e.getMessage());
    }

    @Test
    void splitsDoubledQuotes() {
        assertEquals(List.of("a", "say \"hi\"", ""), CatalogLoader.split("a,\"say \"\"hi\"\"\","));
    }
}
