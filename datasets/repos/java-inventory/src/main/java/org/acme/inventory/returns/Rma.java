package org.acme.inventory.returns;

import org.acme.inventory.model.Money;

import java.util.List;

/**
 * A return merchandise authorisation: the customer may send these lines of this order back. Once the goods arrive
 * the RMA is closed with the credit note's amount and what was restocked and scrapped.
 */
public final class Rma {
    private final String id;
    private final String orderId;
    private final List<ReturnLine> lines;
    private RmaStatus status = RmaStatus.AUTHORISED;
    private Money credit = Money.ZERO;
    private int restocked;
    private int scrapped;

    Rma(String id, String orderId, List<ReturnLine> lines) {
        if (lines.isEmpty()) throw new IllegalArgumentException("RMA " + id + " has no lines");
        this.id = id;
        this.orderId = orderId;
        this.lines = List.copyOf(lines);
    }

    public String id() {
        return id;
    }

    public String orderId() {
        return orderId;
    }

    public List<ReturnLine> lines() {
        return lines;
    }

    public RmaStatus status() {
        return status;
    }

    /** What the customer is credited; zero until the goods are received. */
    public Money credit() {
        return credit;
    }

    public int restocked() {
        return restocked;
    }

    public int scrapped() {
        return scrapped;
    }

    void close(Money credit, int restocked, int scrapped) {
        if (status != RmaStatus.AUTHORISED) throw new IllegalStateException("RMA " + id + " was already received");
        this.credit = credit;
        this.restocked = restocked;
        this.scrapped = scrapped;
        this.status = RmaStatus.RECEIVED;
    }
}
