package org.acme.inventory.counting;

/**
 * ABC classes of stock by yearly usage value: the few A items that carry most of the money are counted often, the
 * many C items rarely. {@code intervalDays} is how often each class is counted.
 */
public enum AbcClass {
    A(7), B(30), C(90);

    private final int intervalDays;

    AbcClass(int intervalDays) {
        this.intervalDays = intervalDays;
    }

    public int intervalDays() {
        return intervalDays;
    }
}
