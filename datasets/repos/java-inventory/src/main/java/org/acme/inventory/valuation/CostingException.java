package org.acme.inventory.valuation;

/** More units were issued than had been received: the books and the shelf disagree. */
public final class CostingException extends RuntimeException {
    public CostingException(String sku, int wanted, int onHand) {
        super("cannot cost " + wanted + " units of " + sku + ": only " + onHand + " received and not issued");
    }
}
