package org.acme.inventory.purchasing;

/** Where a purchase order stands: drafted, sent to the supplier, partly or wholly received, or cancelled. */
public enum PurchaseStatus {
    DRAFT, SENT, PARTIALLY_RECEIVED, RECEIVED, CANCELLED
}
