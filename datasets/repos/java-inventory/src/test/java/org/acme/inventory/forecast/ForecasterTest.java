package org.acme.inventory.forecast;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ForecasterTest {
    @Test
    void movingAverageOfTheLastDays() {
        MovingAverage m = new MovingAverage(3);
        assertEquals(5.0, m.dailyDemand(new int[]{100, 0, 3, 5, 7}));
        assertEquals(4.0, m.dailyDemand(new int[]{2, 6}));
        assertEquals(0.0, m.dailyDemand(new int[0]));
    }

    @Test
    void smoothingMovesPartWayTowardEachDay() {
        ExponentialSmoothing s = new ExponentialSmoothing(0.5);
        assertEquals(8.5, s.dailyDemand(new int[]{10, 0, 12}));
        assertEquals(10.0, new ExponentialSmoothing(1).dailyDemand(new int[]{3, 10}));
        assertThrows(IllegalArgumentException.class, () -> new ExponentialSmoothing(0));
        assertThrows(IllegalArgumentException.class, () -> new ExponentialSmoothing(Double.NaN));
    }

    @Test
    void historyAddsUpDemandPerDay() {
        DemandHistory h = new DemandHistory(4);
        h.record("A", 1, 3);
        h.record("A", 1, 2);
        h.record("A", 3, 1);
        h.record("B", 0, 0);
        assertEquals(6, h.total("A"));
        assertEquals(5, h.series("A")[1]);
        assertEquals(4, h.series("Z").length);
        assertEquals(2, h.demanded());
        assertEquals(java.util.List.of("A", "B"), java.util.List.copyOf(h.skus()));
        assertThrows(IllegalArgumentException.class, () -> h.record("A", 4, 1));
        h.series("A")[1] = 99;
        assertEquals(5, h.series("A")[1]);
    }
}
