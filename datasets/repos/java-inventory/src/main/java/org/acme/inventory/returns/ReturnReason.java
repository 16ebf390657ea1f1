package org.acme.inventory.returns;

/**
 * Why a customer sends goods back, which decides what happens to them: goods that were wrong or not needed go back on
 * the shelf, damaged or expired goods are scrapped. A customer who simply changed their mind pays a restocking fee.
 */
public enum ReturnReason {
    DAMAGED(false, 0), WRONG_ITEM(true, 0), NOT_NEEDED(true, 10), EXPIRED(false, 0);

    private final boolean restockable;
    private final int feePercent;

    ReturnReason(boolean restockable, int feePercent) {
        this.restockable = restockable;
        this.feePercent = feePercent;
    }

    public boolean restockable() {
        return restockable;
    }

    public int feePercent() {
        return feePercent;
    }
}
