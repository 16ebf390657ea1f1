package org.acme.inventory.transfers;

/** Units of one SKU to be trucked from one warehouse to another. */
public record Transfer(String sku, String from, String to, int units) {
    public Transfer {
        if (from.equals(to)) throw new IllegalArgumentException("a transfer of " + sku + " from " + from + " to itself");
        if (units <= 0) throw new IllegalArgumentException("a transfer of " + units + " units of " + sku);
    }
}
