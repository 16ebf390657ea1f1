package org.acme.inventory.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvTest {
    @Test
    void readsQuotedFieldsWithCommasAndQuotes() {
        assertEquals(List.of("a", "b, c", "say \"hi\"", ""), Csv.fields("a,\"b, c\",\"say \"\"hi\"\"\","));
        assertEquals(List.of(""), Csv.fields(""));
        assertEquals(List.of("5\" nail", "x"), Csv.fields("5\" nail,x"));
    }

    @Test
    void writesWhatItReadsBack() {
        List<String> fields = List.of("plain", "with, comma", "with \"quote\"", "", "two\nlines");
        String row = Csv.row(fields);
        assertEquals("plain,\"with, comma\",\"with \"\"quote\"\"\",,\"two\nlines\"", row);
        assertEquals(fields, Csv.fields(row));
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        var e = assertThrows(IllegalArgumentException.class, () -> Csv.fields("a,\"b"));
        assertEquals("a quoted field is not closed", e.getMessage());
    }
}
