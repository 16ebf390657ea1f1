package org.acme.inventory.gen;

import org.acme.inventory.model.Category;
import org.acme.inventory.model.Money;
import org.acme.inventory.model.Order;
import org.acme.inventory.model.OrderLine;
import org.acme.inventory.model.Product;
import org.acme.inventory.model.Warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic sample data for demos and benchmarks: the same seed gives the same catalog, stock and orders on every
 * machine and Java version (SplittableRandom's sequence is specified).
 */
public final class DataGenerator {
    private static final String[] NOUNS = {"Bolt", "Hinge", "Bracket", "Cable", "Socket", "Valve", "Pipe", "Hose", "Glove",
        "Helmet", "Brush", "Roller", "Primer", "Spade", "Rake", "Fuse", "Clamp", "Washer", "Anchor", "Tape"};
    private static final String[] ADJECTIVES = {"Brass", "Steel", "Heavy", "Light", "Long", "Short", "Red", "Blue", "Pro",
        "Basic", "Outdoor", "Indoor", "Coated", "Flexible"};

    private final SplittableRandom random;

    public DataGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static String sku(int i) {
        return String.format("SKU-%06d", i);
    }

    public List<Product> products(int n) {
        List<Product> out = new ArrayList<>(n);
        Category[] categories = Category.values();
        for (int i = 0; i < n; i++) {
            String name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)] + " " + (1 + random.nextInt(99));
            out.add(new Product(sku(i), name, categories[random.nextInt(categories.length)],
                    Money.ofCents(50 + random.nextInt(50_000)), 10 + random.nextInt(20_000)));
        }
        return out;
    }

    public List<Warehouse> warehouses() {
        return List.of(new Warehouse("W1", "Leeds", 80_000), new Warehouse("W2", "Bristol", 60_000), new Warehouse("W3", "Derby", 40_000));
    }

    /** Orders over {@code products} SKUs; about one in fifty names a SKU that is not in the catalog. */
    public List<Order> orders(int n, int products, int customers) {
        List<Order> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int lines = 1 + random.nextInt(6);
            List<OrderLine> l = new ArrayList<>(lines);
            for (int j = 0; j < lines; j++) {
                int p = random.nextInt(50) == 0 ? products + random.nextInt(1000) : skewed(products);
                l.add(new OrderLine(sku(p), 1 + random.nextInt(random.nextInt(10) == 0 ? 300 : 20)));
            }
            out.add(new Order(String.format("ORD-%07d", i), "C" + random.nextInt(customers), l, random.nextInt(8) == 0));
        }
        return out;
    }

    /** Popular products are ordered more often, as in any shop: a quarter of the SKUs get about half the lines. */
    private int skewed(int products) {
        return random.nextBoolean() ? random.nextInt(Math.max(1, products / 4)) : random.nextInt(products);
    }

    public int initialStock() {
        return random.nextInt(5) == 0 ? 0 : 5 + random.nextInt(400);
    }
}
