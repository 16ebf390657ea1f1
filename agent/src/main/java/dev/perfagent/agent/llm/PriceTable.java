package dev.perfagent.agent.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What models cost, so that a run can be held to a money budget and reports can say what it spent. The bundled
 * list prices ({@code prices.properties} beside this class) date from when they were written and go stale; a user
 * overrides or adds entries with {@link #with} (config {@code prices:}). Local models (Ollama) cost nothing.
 * A model not in the table costs 0 and is reported as "price unknown" rather than guessed.
 *
 * <p>Lookup: the exact {@code provider:model}, then the exact model, then the longest entry that the model name
 * extends by a dash (dated snapshots: {@code gpt-4.1-mini-2025-04-14} costs what {@code gpt-4.1-mini} costs).
 */
public final class PriceTable {
    private static final String RESOURCE = "prices.properties";

    private final Map<String, Price> prices;

    private PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** The bundled list prices. */
    public static PriceTable bundled() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the build");
            Properties p = new Properties();
            p.load(in);
            Map<String, Price> prices = new HashMap<>();
            for (String model : p.stringPropertyNames()) prices.put(model, parse(model, p.getProperty(model)));
            return new PriceTable(prices);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PriceTable of(Map<String, Price> prices) {
        return new PriceTable(prices);
    }

    /** This table with the user's prices on top (keys are model names, or provider:model to be specific). */
    public PriceTable with(Map<String, Price> overrides) {
        Map<String, Price> merged = new HashMap<>(prices);
        merged.putAll(overrides);
        return new PriceTable(merged);
    }

    public Optional<Price> lookup(Provider provider, String model) {
        if (provider == Provider.OLLAMA && !prices.containsKey(provider.id() + ":" + model)) return Optional.of(Price.FREE);
        Price exact = prices.getOrDefault(provider.id() + ":" + model, prices.get(model));
        if (exact != null) return Optional.of(exact);
        String best = null;
        for (String known : prices.keySet()) {
            if (model.startsWith(known + "-") && (best == null || known.length() > best.length())) best = known;
        }
        return Optional.ofNullable(best).map(prices::get);
    }

    /** "2.00 / 8.00": input then output, US dollars per million tokens. */
    static Price parse(String model, String value) {
        String[] parts = value.split("/");
        try {
            if (parts.length != 2) throw new NumberFormatException();
            return new Price(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("price of " + model + " should read 'INPUT / OUTPUT' (dollars per million tokens), not '" + value + "'");
        }
    }
}
