package org.acme.inventory.valuation;

import org.acme.inventory.model.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The company's stock at cost, per SKU, in one costing method, and the cost of everything issued so far. Sums are in
 * whole cents, so the total is the same whatever order receipts of different SKUs come in.
 */
public final class Valuation {
    private final Costing costing;
    private final Map<String, CostMethod> bySku = new HashMap<>();
    private long issuedCents;

    public Valuation(Costing costing) {
        this.costing = costing;
    }

    public Costing costing() {
        return costing;
    }

    public void receive(String sku, int units, Money unitCost) {
        bySku.computeIfAbsent(sku, costing::start).receive(units, unitCost);
    }

    /** Issues units of a SKU and returns their cost, which is added to the cost of goods issued. */
    public Money issue(String sku, int units) {
        CostMethod m = bySku.get(sku);
        if (m == null) throw new CostingException(sku, units, 0);
        Money cost = m.issue(units);
        issuedCents += cost.cents();
        return cost;
    }

    public int onHand(String sku) {
        CostMethod m = bySku.get(sku);
        return m == null ? 0 : m.onHand();
    }

    public Money value(String sku) {
        CostMethod m = bySku.get(sku);
        return m == null ? Money.ZERO : m.value();
    }

    /** Everything on hand, at cost. */
    public Money value() {
        long cents = 0;
        for (CostMethod m : bySku.values()) cents += m.value().cents();
        return Money.ofCents(cents);
    }

    /** What everything issued so far cost. */
    public Money issued() {
        return Money.ofCents(issuedCents);
    }

    /** One line per SKU with units on hand, in SKU order. */
    public List<ValuationLine> lines() {
        List<ValuationLine> out = new ArrayList<>();
        for (CostMethod m : bySku.values()) if (m.onHand() > 0) out.add(new ValuationLine(m.sku(), m.onHand(), m.value()));
        out.sort(Comparator.comparing(ValuationLine::sku));
        return out;
    }
}
