package org.acme.inventory.lots;

/** Units taken from one lot for a pick, so a recall can trace which customers got which lot. */
public record LotPick(Lot lot, int units) {
}
