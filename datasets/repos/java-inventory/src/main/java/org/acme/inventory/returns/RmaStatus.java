package org.acme.inventory.returns;

/** Where a return stands: authorised and awaited, or the goods arrived and the customer was credited. */
public enum RmaStatus {
    AUTHORISED, RECEIVED
}
