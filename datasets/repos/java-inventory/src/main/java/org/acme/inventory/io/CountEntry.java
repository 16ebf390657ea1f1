package org.acme.inventory.io;

/** A counter's figure for one shelf, as scanned. */
public record CountEntry(String sku, String warehouse, int counted) {
}
