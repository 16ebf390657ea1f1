package org.acme.inventory.uom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackagingTest {
    private final Packaging bolts = Packaging.loose("B-1").with(Unit.PACK, 4).with(Unit.CASE, 12).with(Unit.PALLET, 480);

    @Test
    void convertsToSingleItems() {
        assertEquals(36, bolts.toEach(new Quantity(3, Unit.CASE)));
        assertEquals(960, bolts.toEach(Quantity.parse("2 plt")));
        assertEquals(7, bolts.toEach(Quantity.parse("7")));
    }

    @Test
    void breaksDownLargestFirst() {
        Breakdown b = bolts.breakdown(480 + 2 * 12 + 4 + 3);
        assertEquals(1, b.count(Unit.PALLET));
        assertEquals(2, b.count(Unit.CASE));
        assertEquals(1, b.count(Unit.PACK));
        assertEquals(3, b.count(Unit.EACH));
        assertEquals("1 PALLET + 2 CASE + 1 PACK + 3 EACH", b.toString());
        assertEquals("0 EACH", bolts.breakdown(0).toString());
        assertEquals("2 CASE", bolts.breakdown(24).toString());
    }

    @Test
    void roundsUpToWholeUnits() {
        assertEquals(3, bolts.unitsToCover(25, Unit.CASE));
        assertEquals(36, bolts.roundUp(25, Unit.CASE));
        assertEquals(24, bolts.roundUp(24, Unit.CASE));
        assertEquals(0, bolts.roundUp(0, Unit.CASE));
    }

    @Test
    void refusesUnitsThatDoNotNest() {
        Packaging packs = Packaging.loose("X").with(Unit.PACK, 5);
        var e = assertThrows(IllegalArgumentException.class, () -> packs.with(Unit.CASE, 12));
        assertTrue(e.getMessage().contains("not a whole number of 5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Packaging.loose("X").with(Unit.CASE, 12).with(Unit.PALLET, 12));
        assertThrows(IllegalArgumentException.class, () -> Packaging.loose("X").with(Unit.EACH, 2));
    }

    @Test
    void looseProductsHaveOnlySingleItems() {
        PackagingTable table = new PackagingTable();
        table.define(bolts);
        assertTrue(table.of("B-1").packs(Unit.CASE));
        Packaging loose = table.of("HOSE-9");
        assertFalse(loose.packs(Unit.CASE));
        var e = assertThrows(UnitNotDefinedException.class, () -> loose.toEach(new Quantity(1, Unit.CASE)));
        assertEquals("HOSE-9 is not packed by the case", e.getMessage());
    }
}
