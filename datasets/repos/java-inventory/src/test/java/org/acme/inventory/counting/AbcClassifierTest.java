package org.acme.inventory.counting;

import org.acme.inventory.model.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbcClassifierTest {
    @Test
    void theFewThatCarryMostValueAreA() {
        Map<String, Money> usage = new LinkedHashMap<>();
        usage.put("small", Money.ofCents(50));
        usage.put("big", Money.ofCents(700));
        usage.put("mid", Money.ofCents(150));
        usage.put("tie-b", Money.ofCents(50));
        usage.put("none", Money.ZERO);
        Map<String, AbcClass> c = new AbcClassifier(70, 20).classify(usage);
        assertEquals(List.of("big", "mid", "small", "tie-b", "none"), List.copyOf(c.keySet()));
        assertEquals(AbcClass.A, c.get("big"));
        assertEquals(AbcClass.B, c.get("mid"));
        assertEquals(AbcClass.B, c.get("small"));
        assertEquals(AbcClass.C, c.get("tie-b"));
        assertEquals(AbcClass.C, c.get("none"));
    }

    @Test
    void classesAreCountedAtTheirIntervals() {
        LocalDate last = LocalDate.of(2024, 3, 1);
        assertTrue(AbcClassifier.due(AbcClass.A, last, LocalDate.of(2024, 3, 8)));
        assertFalse(AbcClassifier.due(AbcClass.B, last, LocalDate.of(2024, 3, 8)));
        assertTrue(AbcClassifier.due(AbcClass.C, last, LocalDate.of(2024, 5, 30)));
    }

    @Test
    void sharesMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new AbcClassifier(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new AbcClassifier(80, 30));
    }
}
