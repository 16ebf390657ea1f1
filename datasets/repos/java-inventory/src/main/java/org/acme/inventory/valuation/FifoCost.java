package org.acme.inventory.valuation;

import org.acme.inventory.model.Money;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * First in, first out: units leave in the order they arrived, each at the cost it came in at. When prices rise, the
 * stock left on hand is valued at the latest (higher) costs.
 */
public final class FifoCost implements CostMethod {
    /** Units that arrived together at one cost; {@code units} goes down as they leave. */
    private static final class Layer {
        final long unitCents;
        int units;

        Layer(int units, long unitCents) {
            this.units = units;
            this.unitCents = unitCents;
        }
    }

    private final String sku;
    private final Deque<Layer> layers = new ArrayDeque<>();
    private int onHand;
    private long valueCents;

    public FifoCost(String sku) {
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
        Layer last = layers.peekLast();
        if (last != null && last.unitCents == unitCost.cents()) last.units += units;
        else layers.addLast(new Layer(units, unitCost.cents()));
        onHand += units;
        valueCents += unitCost.cents() * units;
    }

    @Override
    public Money issue(int units) {
        if (units <= 0) throw new IllegalArgumentException("issue of " + units + " units of " + sku);
        if (units > onHand) throw new CostingException(sku, units, onHand);
        long cost = 0;
        int left = units;
        while (left > 0) {
            Layer first = layers.peekFirst();
            int take = Math.min(left, first.units);
            cost += take * first.unitCents;
            first.units -= take;
            left -= take;
            if (first.units == 0) layers.removeFirst();
        }
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

    /** Cost layers still on hand, oldest first: how many arrivals the stock spans. */
    public int layers() {
        return layers.size();
    }
}
