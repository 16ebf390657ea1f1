package org.acme.inventory.lots;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A batch of one product from one production run, with the date after which it may no longer be sold (paint, sealant
 * and adhesives go off). Lot numbers are the manufacturer's and unique per SKU.
 */
public record Lot(String number, String sku, LocalDate expiry) {
    public Lot {
        if (number == null || number.isBlank()) throw new IllegalArgumentException("a lot needs a number");
        Objects.requireNonNull(sku);
        Objects.requireNonNull(expiry);
    }

    /** Whether it may still be sold on {@code day}: the expiry day itself is the last day it may. */
    public boolean sellableOn(LocalDate day) {
        return !expiry.isBefore(day);
    }
}
