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

/**
 * Joins the stores of shards into one. Refused, before anything is written, when the stores were made from different
 * suites or configurations, or when a task appears in two of them (overlapping shards, or a store given twice).
 */
public final class StoreMerge {
    private StoreMerge() {
    }

    /** @return the number of attempts in the merged store */
    public static int merge(List<Path> inputs, Path output) throws SQLException, StoreMismatchException {
        if (inputs.isEmpty()) throw new StoreMismatchException("no stores to merge; give two or more .db files");
        if (Files.exists(output)) throw new StoreMismatchException(output + " already exists; merge into a new file (-o)");
        BenchConfig config = null;
        Path first = null;
        Map<String, Path> owner = new HashMap<>();
        List<Path> seen = new ArrayList<>();
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
            }
        }
        try (BenchStore out = BenchStore.open(output)) {
            out.bind(config);
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
            return out.attempts().size();
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
