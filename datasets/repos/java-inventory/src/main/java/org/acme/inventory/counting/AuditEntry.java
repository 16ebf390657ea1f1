package org.acme.inventory.counting;

import java.time.LocalDateTime;

/** A stock correction as the auditors see it: who changed which shelf, when, from what to what, and why. */
public record AuditEntry(LocalDateTime at, String user, String sku, String warehouse, int before, int after, String reason) {
    public int change() {
        return after - before;
    }

    /** One line of the audit log: "2024-03-01T07:30 alice SKU-1@W1 10 -> 8 (count CC-1)". */
    @Override
    public String toString() {
        return at + " " + user + " " + sku + "@" + warehouse + " " + before + " -> " + after + " (" + reason + ")";
    }
}
