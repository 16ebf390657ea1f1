package org.acme.inventory.counting;

import java.util.List;

/**
 * What a count changed: the lines corrected in the books, the units gained and lost, and the lines whose variance was
 * too large to book without a second count.
 */
public record CountResult(int adjusted, int unitsGained, int unitsLost, List<CountLine> recount) {
    public CountResult {
        recount = List.copyOf(recount);
    }
}
