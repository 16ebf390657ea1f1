import dev.perfagent.agent.bench.AttemptResult;
import dev.perfagent.agent.bench.BenchConfig;
import dev.perfagent.agent.bench.BenchStore;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.metrics.AttemptStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The bench store's cost per attempt: N attempts committed one by one through BenchStore (WAL, synchronous=FULL),
 * the same inserts through plain JDBC with synchronous=NORMAL for comparison, and the reads a resume does.
 * Run by bench/bench-throughput.sh as: java -cp agent/target/perfagent.jar bench/StoreOverhead.java N
 */
public class StoreOverhead {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("store-overhead");
        String patch = "diff --git a/main.cpp b/main.cpp\n" + "+ a changed line of code\n".repeat(40);
        try (BenchStore store = BenchStore.open(dir.resolve("full.db"))) {
            store.bind(new BenchConfig("0123456789abcdef", "overhead", "pie", "expert", "refine", 1, 1.05));
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                store.record(new AttemptResult("task" + i, 0, AttemptStatus.DONE, Optional.of(Verdict.IMPROVED), "faster",
                        OptionalDouble.of(1.5), OptionalDouble.of(1.4), OptionalDouble.of(1.6), OptionalDouble.of(1.5), 1000, 200, 0.01,
                        Optional.empty(), patch, Instant.now(), Duration.ofSeconds(3)), "0/1");
            }
            double full = (System.nanoTime() - t0) / 1e6 / n;
            long t1 = System.nanoTime();
            int done = store.finished().size();
            int rows = store.attempts().size();
            double resume = (System.nanoTime() - t1) / 1e6;
            System.out.printf("store: %d attempts committed one by one, WAL + synchronous=FULL: %.2f ms per attempt%n", n, full);
            System.out.printf("store: resume reads (%d finished keys + %d rows): %.1f ms%n", done, rows, resume);
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("normal.db"))) {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("CREATE TABLE attempts (task_id TEXT, attempt INTEGER, patch TEXT, PRIMARY KEY (task_id, attempt))");
            }
            long t0 = System.nanoTime();
            try (PreparedStatement p = db.prepareStatement("INSERT INTO attempts VALUES (?, 0, ?)")) {
                for (int i = 0; i < n; i++) {
                    p.setString(1, "task" + i);
                    p.setString(2, patch);
                    p.executeUpdate();
                }
            }
            System.out.printf("store: same inserts with synchronous=NORMAL (for comparison): %.2f ms per attempt%n", (System.nanoTime() - t0) / 1e6 / n);
        }
    }
}
