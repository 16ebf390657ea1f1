package org.acme.inventory.report;

/** Fixed-width text columns for plain-text reports that line up in a terminal or a mail. */
final class Columns {
    private Columns() {
    }

    static String left(String text, int width) {
        if (text.length() >= width) return text.substring(0, width);
        return text + " ".repeat(width - text.length());
    }

    static String right(String text, int width) {
        if (text.length() >= width) return text.substring(text.length() - width);
        return " ".repeat(width - text.length()) + text;
    }
}
