package org.acme.inventory.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the counts the scanners upload: a header {@code sku,warehouse,counted}, then a line per shelf. Each line is
 * checked on its own: the SKU and warehouse must be known, the count a whole number of zero or more, and a shelf may
 * be counted only once per file. Good lines are kept, bad ones are reported.
 */
public final class CountImport {
    static final String HEADER = "sku,warehouse,counted";

    private final Set<String> skus;
    private final Set<String> warehouses;

    public CountImport(Set<String> skus, Set<String> warehouses) {
        this.skus = skus;
        this.warehouses = warehouses;
    }

    public ImportResult<CountEntry> read(Reader in) throws IOException {
        BufferedReader r = new BufferedReader(in);
        List<CountEntry> rows = new ArrayList<>();
        List<ValidationError> errors = new ArrayList<>();
        String header = r.readLine();
        if (header == null || !header.strip().toLowerCase(Locale.ROOT).equals(HEADER)) {
            errors.add(new ValidationError(1, "expected the header " + HEADER));
            return new ImportResult<>(rows, errors);
        }
        Set<String> seen = new HashSet<>();
        String line;
        int number = 1;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            String problem = check(line, rows, seen);
            if (problem != null) errors.add(new ValidationError(number, problem));
        }
        return new ImportResult<>(rows, errors);
    }

    /** Adds the line's entry to {@code rows}, or returns what is wrong with it. */
    private String check(String line, List<CountEntry> rows, Set<String> seen) {
        List<String> f;
        try {
            f = Csv.fields(line);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (f.size() != 3) return "expected 3 fields, got " + f.size();
        String sku = f.get(0).strip();
        String warehouse = f.get(1).strip();
        if (!skus.contains(sku)) return "unknown SKU " + sku;
        if (!warehouses.contains(warehouse)) return "unknown warehouse " + warehouse;
        int counted;
        try {
            counted = Integer.parseInt(f.get(2).strip());
        } catch (NumberFormatException e) {
            return "count is not a whole number: " + f.get(2);
        }
        if (counted < 0) return "negative count " + counted;
        if (!seen.add(sku + "@" + warehouse)) return sku + " at " + warehouse + " counted twice";
        rows.add(new CountEntry(sku, warehouse, counted));
        return null;
    }
}
