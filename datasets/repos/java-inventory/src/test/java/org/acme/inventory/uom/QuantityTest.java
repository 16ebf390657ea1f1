package org.acme.inventory.uom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuantityTest {
    @Test
    void readsWhatDeliveryNotesSay() {
        assertEquals(new Quantity(3, Unit.CASE), Quantity.parse(" 3  Cs "));
        assertEquals(new Quantity(12, Unit.EACH), Quantity.parse("12 ea"));
        assertEquals(Quantity.each(5), Quantity.parse("5"));
        assertEquals("2 PALLET", Quantity.parse("2 pallet").toString());
    }

    @Test
    void refusesWhatIsNotAQuantity() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("three cases"));
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("3 crates"));
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("3 case extra"));
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse(""));
        assertThrows(IllegalArgumentException.class, () -> new Quantity(-1, Unit.EACH));
    }
}
