package dev.perfagent.agent.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What makes two runs comparable, and so what a store is bound to: resuming or merging with any of it different
 * is refused. The shard is not part of it: shards of one configuration are what merge joins.
 *
 * @param suiteIdentity digest of the suite's content ({@link dev.perfagent.datasets.loaders.LoadedSuite#identity()})
 * @param suiteName     for messages only; not compared (the same suite may sit in folders of other names)
 * @param threshold     the speedup an interval's lower bound must clear for IMPROVED: it decides verdicts
 */
public record BenchConfig(String suiteIdentity, String suiteName, String loader, String model, String strategy,
                          int attempts, double threshold) {

    /** The fields compared, in the order a mismatch is reported, as the store keeps them. */
    public Map<String, String> compared() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("suite", suiteIdentity);
        m.put("loader", loader);
        m.put("model", model);
        m.put("strategy", strategy);
        m.put("attempts", Integer.toString(attempts));
        m.put("threshold", String.format(Locale.ROOT, "%.4f", threshold));
        return m;
    }

    public static BenchConfig fromStored(Map<String, String> kv) {
        return new BenchConfig(kv.get("suite"), kv.getOrDefault("suite_name", "?"), kv.get("loader"), kv.get("model"),
                kv.get("strategy"), Integer.parseInt(kv.get("attempts")), Double.parseDouble(kv.get("threshold")));
    }

    /** The first field that differs, as "model: store has expert, asked openai:gpt-5.1", or null when none does. */
    public String firstDifference(BenchConfig other, String mine, String theirs) {
        Map<String, String> a = compared();
        Map<String, String> b = other.compared();
        for (String key : a.keySet()) {
            if (!a.get(key).equals(b.get(key))) {
                String what = key.equals("suite") ? "suite content (" + suiteName + " " + a.get(key) + " vs " + other.suiteName + " " + b.get(key) + ")"
                        : key + " (" + a.get(key) + " vs " + b.get(key) + ")";
                return what + " differs between " + mine + " and " + theirs;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "suite %s (%s, loader %s), model %s, strategy %s, %d attempt(s), threshold %.2f",
                suiteName, suiteIdentity, loader, model, strategy, attempts, threshold);
    }
}
