package org.acme.inventory.valuation;

import org.acme.inventory.model.Money;

/**
 * Weighted average cost: every unit on hand costs the same, the total value over the units. Issues are costed at that
 * average, rounded down to the cent, and the last unit to leave takes whatever value is left, so the value never goes
 * negative and an empty shelf is worth exactly zero.
 */
public final class AverageCost implements CostMethod {
    private final String sku;
    private int onHand;
    private long valueCents;

    public AverageCost(String sku) {
        this.sku = sku;
    }

    @Override
    public String sku() {
        return sku;
    }

    @Override
    public void receive(int units, Money unitCost) {
        if (units <= 0) throw new IllegalArgumentException("receipt of " + units + " units of " + sku);
        if (unitCost.isNegative()) throw new IllegalArgumentException("negative cost for " + sku);
        onHand += units;
        valueCents += unitCost.cents() * units;
    }

    @Override
    public Money issue(int units) {
        if (units <= 0) throw new IllegalArgumentException("issue of " + units + " units of " + sku);
        if (units > onHand) throw new CostingException(sku, units, onHand);
        long cost = units == onHand ? valueCents : valueCents * units / onHand;
        onHand -= units;
        valueCents -= cost;
        return Money.ofCents(cost);
    }

    @Override
    public int onHand() {
        return onHand;
    }

    @Override
    public Money value() {
        return Money.ofCents(valueCents);
    }

    /** The average cost of one unit on hand, rounded down to the cent; zero when nothing is. */
    public Money unitCost() {
        return Money.ofCents(onHand == 0 ? 0 : valueCents / onHand);
    }
}
