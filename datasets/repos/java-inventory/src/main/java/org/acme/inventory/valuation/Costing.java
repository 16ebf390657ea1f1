package org.acme.inventory.valuation;

import java.util.function.Function;

/** The costing methods the books may be kept in; one is chosen for the whole company and kept. */
public enum Costing {
    FIFO(FifoCost::new), AVERAGE(AverageCost::new);

    private final Function<String, CostMethod> start;

    Costing(Function<String, CostMethod> start) {
        this.start = start;
    }

    /** An empty cost record of the SKU in this method. */
    public CostMethod start(String sku) {
        return start.apply(sku);
    }
}
