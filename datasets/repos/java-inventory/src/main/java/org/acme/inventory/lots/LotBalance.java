package org.acme.inventory.lots;

/** Units of a lot still on the shelf at one warehouse. */
public record LotBalance(Lot lot, String warehouse, int units) {
}
