package org.acme.inventory.catalog;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a catalog from CSV: {@code sku,name,category,price,weight_grams}, a header line first. Names may be quoted to
 * hold commas ({@code "Hinge, brass"}); blank lines and lines starting with {@code #} are skipped.
 */
public final class CatalogLoader {

    /** A line that could not be read, with its number, so a user can fix the file. */
    public static final class BadLineException extends RuntimeException {
        public BadLineException(int line, String why) {
            super("line " + line + ": " + why);
        }
    }

    public Catalog load(Reader in) throws IOException {
        BufferedReader r = new BufferedReader(in);
        String header = r.readLine();
        if (header == null || !header.trim().toLowerCase(Locale.ROOT).startsWith("sku,")) {
            throw new BadLineException(1, "expected the header sku,name,category,price,weight_grams");
        }
        Catalog catalog = new Catalog();
        String line;
        int number = 1;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            catalog.list(parse(line, number));
        }
        return catalog;
    }

    Product parse(String line, int number) {
        List<String> fields = split(line);
        if (fields.size() != 5) throw new BadLineException(number, "expected 5 fields, got " + fields.size());
        Category category;
        try {
            category = Category.valueOf(fields.get(2).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadLineException(number, "unknown category " + fields.get(2));
        }
        try {
            return new Product(fields.get(0).trim(), fields.get(1).trim(), category, Money.parse(fields.get(3)),
                    Integer.parseInt(fields.get(4).trim()));
        } catch (IllegalArgumentException e) {
            throw new BadLineException(number, e.getMessage());
        }
    }

    /** Splits on commas outside double quotes; a doubled quote inside quotes is one quote. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
