package org.acme.inventory.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV dialect spreadsheets write: fields separated by commas, a field holding a comma, a quote or a line break
 * enclosed in double quotes, a quote inside such a field doubled. Lines are read one at a time (no line breaks inside
 * fields on import: the files come from hand-held scanners that never write them).
 */
public final class Csv {
    private Csv() {
    }

    /** The fields of one line. */
    public static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i++);
            if (quoted && c == '"') {
                if (i < line.length() && line.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (!quoted && c == '"' && field.length() == 0) {
                quoted = true;
            } else if (!quoted && c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException("a quoted field is not closed");
        out.add(field.toString());
        return out;
    }

    /** A field as it must be written so that {@link #fields} reads it back unchanged. */
    public static String quote(String field) {
        boolean plain = true;
        for (int i = 0; i < field.length() && plain; i++) {
            char c = field.charAt(i);
            plain = c != ',' && c != '"' && c != '\n' && c != '\r';
        }
        return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }

    /** One line of fields, without the line break. */
    public static String row(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) b.append(',');
            b.append(quote(fields.get(i)));
        }
        return b.toString();
    }
}
