package dev.perfagent.agent.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joins the stores of shards into one. Refused, before anything is written, when the stores were made from different
 * suites or configurations, or when a task appears in two of them (overlapping shards, or a store given twice).
 * Shards of different counts (1/3 with 0/2) are refused too; a merge that lacks some shards of the count goes ahead
 * and names them, and the scores count their tasks as not run.
 */
public final class StoreMerge {
    private StoreMerge() {
    }

    /**
     * @param attempts      attempts in the merged store
     * @param missingShards the shards ("K/N") of the count that no input holds, in order
     * @param suiteTaskIds  every task id of the suite, as the shards recorded it (empty for stores that predate it)
     */
    public record Result(int attempts, List<String> missingShards, List<String> suiteTaskIds) {
    }

    public static Result merge(List<Path> inputs, Path output) throws SQLException, StoreMismatchException {
        if (inputs.isEmpty()) throw new StoreMismatchException("no stores to merge; give two or more .db files");
        if (Files.exists(output)) throw new StoreMismatchException(output + " already exists; merge into a new file (-o)");
        BenchConfig config = null;
        Path first = null;
        Map<String, Path> owner = new HashMap<>();
        List<Path> seen = new ArrayList<>();
        java.util.TreeSet<Integer> shardIndexes = new java.util.TreeSet<>();
        Integer shardCount = null;
        java.util.TreeSet<String> suiteIds = new java.util.TreeSet<>();
        for (Path in : inputs) {
            if (!Files.isRegularFile(in)) throw new StoreMismatchException("store " + in + " does not exist");
            Path norm = in.toAbsolutePath().normalize();
            if (seen.contains(norm)) throw new StoreMismatchException("store " + in + " is given twice");
            seen.add(norm);
            try (BenchStore s = BenchStore.open(in)) {
                BenchConfig c = s.config().orElseThrow(() -> new StoreMismatchException("store " + in + " holds no bench run"));
                if (config == null) {
                    config = c;
                    first = in;
                } else {
                    String diff = config.firstDifference(c, first.toString(), in.toString());
                    if (diff != null) throw new StoreMismatchException(diff + "; only shards of one run can be merged");
                }
                for (AttemptResult a : s.attempts()) {
                    Path prev = owner.putIfAbsent(a.taskId(), in);
                    if (prev != null && !prev.equals(in)) {
                        throw new StoreMismatchException("task " + a.taskId() + " is in both " + prev + " and " + in + "; merge stores of disjoint shards");
                    }
                }
                Optional<Shard> shard = s.shard();
                if (shard.isPresent()) {
                    if (shardCount != null && shardCount != shard.get().count()) {
                        throw new StoreMismatchException("store " + in + " holds shard " + shard.get() + " of another split than "
                                + first + " (" + shardCount + " shards); merge shards of one --shard K/N split");
                    }
                    shardCount = shard.get().count();
                    shardIndexes.add(shard.get().index());
                }
                suiteIds.addAll(s.suiteTaskIds());
            }
        }
        List<String> missing = new ArrayList<>();
        if (shardCount != null) {
            for (int k = 0; k < shardCount; k++) if (!shardIndexes.contains(k)) missing.add(k + "/" + shardCount);
        }
        try (BenchStore out = BenchStore.open(output)) {
            out.bind(config);
            if (!suiteIds.isEmpty()) out.put("suite_tasks", String.join("\n", suiteIds));
            if (shardCount != null) {
                int n = shardCount;
                out.put("merged_shards", String.join(" ", shardIndexes.stream().map(k -> k + "/" + n).toList()));
            }
            Connection db = out.connection();
            for (Path in : inputs) {
                try (PreparedStatement attach = db.prepareStatement("ATTACH DATABASE ? AS src")) {
                    attach.setString(1, in.toAbsolutePath().toString());
                    attach.execute();
                }
                try (Statement s = db.createStatement()) {
                    db.setAutoCommit(false);
                    s.executeUpdate("INSERT INTO attempts (" + BenchStore.COLUMNS + ") SELECT " + BenchStore.COLUMNS + " FROM src.attempts");
                    db.commit();
                } catch (SQLException e) {
                    db.rollback();
                    throw e;
                } finally {
                    db.setAutoCommit(true);
                    try (Statement s = db.createStatement()) {
                        s.execute("DETACH DATABASE src");
                    }
                }
            }
            return new Result(out.attempts().size(), List.copyOf(missing), List.copyOf(suiteIds));
        } catch (StoreMismatchException | SQLException | RuntimeException e) {
            removeQuietly(output);
            throw e;
        }
    }

    /** A half-written merge must not look like a finished one. */
    private static void removeQuietly(Path db) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(db + suffix));
            } catch (java.io.IOException ignored) {
                // best effort: the message of the original failure matters more
            }
        }
    }
}
