package org.acme.inventory.model;

import java.util.Locale;

/**
 * An amount of money in cents. Whole cents keep sums exact: a stock valuation over thousands of lines must come out
 * the same whatever order the lines are added in.
 */
public record Money(long cents) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Parses "12.34", "12.3", "12" or "-0.50". */
    public static Money parse(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("-");
        if (negative) t = t.substring(1);
        int dot = t.indexOf('.');
        long whole;
        long fraction = 0;
        if (dot < 0) {
            whole = Long.parseLong(t);
        } else {
            whole = dot == 0 ? 0 : Long.parseLong(t.substring(0, dot));
            String f = t.substring(dot + 1);
            if (f.length() > 2) throw new IllegalArgumentException("more than two decimals: " + text);
            fraction = f.isEmpty() ? 0 : Long.parseLong(f.length() == 1 ? f + "0" : f);
        }
        long cents = whole * 100 + fraction;
        return new Money(negative ? -cents : cents);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    /** This amount less {@code percent}%, rounded half up to the cent. */
    public Money lessPercent(int percent) {
        long off = (cents * percent + 50) / 100;
        return new Money(cents - off);
    }

    public boolean isNegative() {
        return cents < 0;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(cents, o.cents);
    }

    @Override
    public String toString() {
        long abs = Math.abs(cents);
        return String.format(Locale.ROOT, "%s%d.%02d", cents < 0 ? "-" : "", abs / 100, abs % 100);
    }
}
