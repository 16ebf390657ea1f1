package org.acme.inventory.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventoryCliTest {
    @Test
    void theSameArgumentsGiveTheSameDay() {
        String a = InventoryCli.run(120, 150, 7);
        assertEquals(a, InventoryCli.run(120, 150, 7));
        assertNotEquals(a, InventoryCli.run(120, 150, 8));
    }

    @Test
    void printsTheMorningFiguresThenTheDayEnd() {
        List<String> lines = InventoryCli.run(120, 150, 7).lines().toList();
        assertEquals("products 120", lines.get(0));
        assertTrue(lines.get(1).startsWith("orders 150, rejected "), lines.get(1));
        List<String> dayEnd = lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("backorder report")).findFirst().orElseThrow()) + 1, lines.size());
        List<String> starts = List.of("cost of goods sold ", "returns ", "forecast ", "purchase orders ", "cycle count ", "paint lots received ",
                "transfers ", "stock at cost ");
        assertEquals(starts.size(), dayEnd.size(), String.join("\n", dayEnd));
        for (int i = 0; i < starts.size(); i++) assertTrue(dayEnd.get(i).startsWith(starts.get(i)), dayEnd.get(i));
    }
}
