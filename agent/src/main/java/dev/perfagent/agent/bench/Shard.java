package dev.perfagent.agent.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One of N slices of a suite: the tasks at positions K, K+N, K+2N, … of the suite sorted by id. Round-robin over
 * sorted ids is deterministic on every machine and balanced (slices differ by at most one task). K is 0-based, as
 * JOB_COMPLETION_INDEX (Kubernetes), SLURM_ARRAY_TASK_ID with --array=0-… and a GitHub matrix index are.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is not one of 0/" + count + " … " + (count - 1) + "/" + count);
        }
    }

    /** Parses "K/N" with 0 ≤ K < N; the message says what is wrong. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) throw new IllegalArgumentException("--shard " + text + " is not K/N (e.g. 0/4: the first of 4 slices)");
        try {
            int k = Integer.parseInt(parts[0].trim());
            int n = Integer.parseInt(parts[1].trim());
            if (n < 1 || k < 0 || k >= n) throw new IllegalArgumentException("--shard " + text + ": K must be 0 … N-1 and N at least 1 (e.g. 0/4 … 3/4)");
            return new Shard(k, n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard " + text + " is not K/N with whole numbers (e.g. 0/4)");
        }
    }

    public <T> List<T> select(List<T> items, Function<T, String> id) {
        List<T> sorted = items.stream().sorted(Comparator.comparing(id)).toList();
        List<T> mine = new ArrayList<>();
        for (int i = index; i < sorted.size(); i += count) mine.add(sorted.get(i));
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
