package dev.perfagent.agent.bench;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.metrics.AttemptStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The results of a bench run in one SQLite file: a {@code run} table (the configuration the store is bound to) and
 * an {@code attempts} table, one row per finished attempt, keyed by (task_id, attempt).
 * <p>
 * Each attempt is committed in its own transaction the moment it finishes. Journal mode WAL, so a reader (a merge,
 * an export) never blocks the run, and {@code synchronous=FULL}: every commit is on disk before the next attempt
 * starts, so not even a power cut loses a finished attempt. NORMAL would survive a killed process (kill -9) but could
 * lose the last commits to a power cut or kernel crash; an attempt costs seconds to minutes of measuring (and model
 * money), an fsync a few milliseconds (docs/benchmarks.md), so FULL is the cheaper risk.
 * Thread-safe: writes from several workers are serialized on this object.
 */
public final class BenchStore implements AutoCloseable {
    static final int SCHEMA_VERSION = 1;
    static final String COLUMNS = "task_id, attempt, status, verdict, reason, speedup, speedup_low, speedup_high, expert_speedup, "
            + "tokens_in, tokens_out, cost_usd, trajectory, patch, started_at, elapsed_ms, shard";

    private final Path file;
    private final Connection db;

    private BenchStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    public static BenchStore open(Path file) throws SQLException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=10000");
            s.execute("CREATE TABLE IF NOT EXISTS run (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS attempts (task_id TEXT NOT NULL, attempt INTEGER NOT NULL, status TEXT NOT NULL, "
                    + "verdict TEXT, reason TEXT, speedup REAL, speedup_low REAL, speedup_high REAL, expert_speedup REAL, "
                    + "tokens_in INTEGER NOT NULL, tokens_out INTEGER NOT NULL, cost_usd REAL NOT NULL, trajectory TEXT, patch TEXT, "
                    + "started_at TEXT, elapsed_ms INTEGER, shard TEXT, PRIMARY KEY (task_id, attempt))");
        }
        return new BenchStore(file, db);
    }

    public Path file() {
        return file;
    }

    /** The configuration the store is bound to, if a run has started in it. */
    public synchronized Optional<BenchConfig> config() throws SQLException {
        Map<String, String> kv = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT key, value FROM run")) {
            while (r.next()) kv.put(r.getString(1), r.getString(2));
        }
        return kv.containsKey("suite") ? Optional.of(BenchConfig.fromStored(kv)) : Optional.empty();
    }

    /**
     * Binds a new store to {@code config}, or checks that an existing one was bound to the same: resuming with
     * another model, strategy, attempts, threshold or suite content would mix results that cannot be compared.
     */
    public synchronized void bind(BenchConfig config) throws SQLException, StoreMismatchException {
        Optional<BenchConfig> stored = config();
        if (stored.isPresent()) {
            String diff = stored.get().firstDifference(config, "the store " + file, "this command");
            if (diff != null) {
                throw new StoreMismatchException(diff + "; resume with the flags the store was started with, or give another --store");
            }
            return;
        }
        Map<String, String> kv = new LinkedHashMap<>(config.compared());
        kv.put("suite_name", config.suiteName());
        kv.put("schema_version", Integer.toString(SCHEMA_VERSION));
        kv.put("created_at", Instant.now().toString());
        db.setAutoCommit(false);
        try (PreparedStatement p = db.prepareStatement("INSERT INTO run (key, value) VALUES (?, ?)")) {
            for (var e : kv.entrySet()) {
                p.setString(1, e.getKey());
                p.setString(2, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /**
     * Records which slice of the suite this store holds and the ids of every task of the suite, so that scores count
     * the whole suite and a merge can name the shards it lacks. A store made for one shard refuses another.
     */
    public synchronized void bindShard(Shard shard, List<String> suiteTaskIds) throws SQLException, StoreMismatchException {
        Map<String, String> kv = run();
        String stored = kv.get("shard");
        if (stored != null && !stored.equals(shard.toString())) {
            throw new StoreMismatchException("the store " + file + " holds shard " + stored + ", this command asks for " + shard
                    + "; give each shard its own --store");
        }
        put("shard", shard.toString());
        put("suite_tasks", String.join("\n", suiteTaskIds.stream().sorted().toList()));
    }

    /** The shard this store holds, when a run recorded it. */
    public synchronized Optional<Shard> shard() throws SQLException {
        String s = run().get("shard");
        return s == null ? Optional.empty() : Optional.of(Shard.parse(s));
    }

    /** Every task id of the suite the store was run on (all shards), when a run recorded them. */
    public synchronized List<String> suiteTaskIds() throws SQLException {
        String s = run().get("suite_tasks");
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    synchronized void put(String key, String value) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO run (key, value) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    private Map<String, String> run() throws SQLException {
        Map<String, String> kv = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT key, value FROM run")) {
            while (r.next()) kv.put(r.getString(1), r.getString(2));
        }
        return kv;
    }

    /**
     * "task_id#attempt" of every attempt evaluated (DONE). Skipped and errored attempts are not finished: a rerun
     * tries them again (the environment may have been fixed), replacing their rows.
     */
    public synchronized Set<String> finished() throws SQLException {
        Set<String> done = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT task_id, attempt FROM attempts WHERE status = 'DONE'")) {
            while (r.next()) done.add(key(r.getString(1), r.getInt(2)));
        }
        return done;
    }

    static String key(String taskId, int attempt) {
        return taskId + "#" + attempt;
    }

    /** Commits one finished attempt (its own transaction: autocommit), replacing a skipped or errored one it retried. */
    public synchronized void record(AttemptResult a, String shard) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO attempts (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, a.taskId());
            p.setInt(2, a.attempt());
            p.setString(3, a.status().name());
            p.setString(4, a.verdict().map(Verdict::name).orElse(null));
            p.setString(5, a.reason());
            setDouble(p, 6, a.speedup());
            setDouble(p, 7, a.low());
            setDouble(p, 8, a.high());
            setDouble(p, 9, a.expertSpeedup());
            p.setLong(10, a.tokensIn());
            p.setLong(11, a.tokensOut());
            p.setDouble(12, a.costUsd());
            p.setString(13, a.trajectory().orElse(null));
            p.setString(14, a.patch());
            p.setString(15, a.started().toString());
            p.setLong(16, a.elapsed().toMillis());
            p.setString(17, shard);
            p.executeUpdate();
        }
    }

    /** Every stored attempt, sorted by task id and attempt. */
    public synchronized List<AttemptResult> attempts() throws SQLException {
        List<AttemptResult> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM attempts ORDER BY task_id, attempt")) {
            while (r.next()) {
                String verdict = r.getString("verdict");
                out.add(new AttemptResult(r.getString("task_id"), r.getInt("attempt"), AttemptStatus.valueOf(r.getString("status")),
                        Optional.ofNullable(verdict).map(Verdict::valueOf), r.getString("reason"),
                        getDouble(r, "speedup"), getDouble(r, "speedup_low"), getDouble(r, "speedup_high"), getDouble(r, "expert_speedup"),
                        r.getLong("tokens_in"), r.getLong("tokens_out"), r.getDouble("cost_usd"),
                        Optional.ofNullable(r.getString("trajectory")), r.getString("patch") == null ? "" : r.getString("patch"),
                        Instant.parse(r.getString("started_at")), Duration.ofMillis(r.getLong("elapsed_ms"))));
            }
        }
        return out;
    }

    Connection connection() {
        return db;
    }

    private static void setDouble(PreparedStatement p, int i, OptionalDouble v) throws SQLException {
        if (v.isPresent() && Double.isFinite(v.getAsDouble())) p.setDouble(i, v.getAsDouble());
        else p.setNull(i, Types.REAL);
    }

    private static OptionalDouble getDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }
}
