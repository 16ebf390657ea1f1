package org.acme.inventory.pricing;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Product;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PricingRulesTest {
    private final Product paint = new Product("P", "Primer", Category.PAINT, Money.ofCents(1000), 900);

    @Test
    void largestTierApplies() {
        PricingRules r = PricingRules.standard();
        assertEquals(0, r.discountPercent(Category.PAINT, 9));
        assertEquals(2, r.discountPercent(Category.PAINT, 10));
        assertEquals(10, r.discountPercent(Category.PAINT, 100));
    }

    @Test
    void tradeCustomersGetFivePercentMore() {
        PricingRules r = PricingRules.standard();
        assertEquals(Money.ofCents(47500), r.linePrice(paint, 50, false));
        assertEquals(Money.ofCents(45125), r.linePrice(paint, 50, true));
    }
}
