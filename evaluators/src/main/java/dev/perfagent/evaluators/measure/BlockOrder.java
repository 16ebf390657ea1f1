package dev.perfagent.evaluators.measure;

import java.util.SplittableRandom;

/**
 * Which side runs first in each block. Blocks come in mirrored pairs (AB then BA, or BA then AB, chosen at random),
 * so any effect of going first or second, and any linear drift, falls on both sides equally, and the counts of AB
 * and BA blocks never differ by more than one.
 */
final class BlockOrder {
    private final SplittableRandom random;
    private boolean previousBaselineFirst;
    private int blocks;

    BlockOrder(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** True when the next block is AB (baseline first), false when it is BA. */
    boolean nextBaselineFirst() {
        boolean baselineFirst = blocks % 2 == 0 ? random.nextBoolean() : !previousBaselineFirst;
        previousBaselineFirst = baselineFirst;
        blocks++;
        return baselineFirst;
    }
}
