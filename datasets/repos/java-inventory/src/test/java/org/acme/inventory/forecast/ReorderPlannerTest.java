package org.acme.inventory.forecast;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;
import org.acme.inventory.stock.ReorderPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReorderPlannerTest {
    private final Product paint = new Product("P", "Primer", Category.PAINT, Money.ofCents(1000), 900);
    private final Product safety = new Product("S", "Gloves", Category.SAFETY, Money.ofCents(300), 50);
    private final Product idle = new Product("I", "Rake", Category.GARDEN, Money.ofCents(900), 1500);

    @Test
    void suggestsWhatIsAtOrUnderItsReorderPoint() {
        DemandHistory h = new DemandHistory(7);
        for (int day = 0; day < 7; day++) {
            h.record("P", day, 2);
            h.record("S", day, 1);
        }
        ReorderPlanner planner = new ReorderPlanner(new ReorderPolicy(0, 10), new MovingAverage(7), h);
        Map<String, Integer> stock = Map.of("P", 28, "S", 11, "I", 0);
        List<ReorderSuggestion> s = planner.suggest(List.of(paint, safety, idle), stock::get);
        // paint: 2/day x 14 days lead = 28, at the point: order up to 28 + 28, in cases of 10
        assertEquals(List.of(new ReorderSuggestion(paint, 28, 28, 30)), s);
    }

    @Test
    void nothingIsSuggestedWithoutDemand() {
        ReorderPlanner planner = new ReorderPlanner(new ReorderPolicy(20, 12), new ExponentialSmoothing(0.3), new DemandHistory(14));
        assertEquals(List.of(), planner.suggest(List.of(paint, idle), sku -> 0));
    }
}
