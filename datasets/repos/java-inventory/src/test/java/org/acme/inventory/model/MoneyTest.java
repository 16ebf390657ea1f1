package org.acme.inventory.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoneyTest {
    @Test
    void parsesAndPrintsCents() {
        assertEquals("12.30", Money.parse("12.3").toString());
        assertEquals("-0.50", Money.parse("-0.5").toString());
        assertEquals(1200, Money.parse("12").cents());
        assertEquals("0.07", Money.parse(".07").toString());
    }

    @Test
    void refusesThirdDecimal() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.234"));
    }

    @Test
    void percentOffRoundsHalfUp() {
        assertEquals(Money.ofCents(950), Money.ofCents(1000).lessPercent(5));
        assertEquals(Money.ofCents(97), Money.ofCents(99).lessPercent(2));
    }
}
