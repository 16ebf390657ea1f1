package dev.perfagent.agent.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store's durability settings, its binding to one configuration, and one run at a time on it. */
class BenchStoreTest {
    static final BenchConfig CONFIG = new BenchConfig("0123456789abcdef", "pie-examples", "pie", "expert", "refine", 1, 1.05);

    @TempDir
    Path dir;

    @Test
    void storeUsesWalWithFullSyncAndKeepsAttemptsAcrossReopening() throws Exception {
        Path file = dir.resolve("s.db");
        try (BenchStore s = BenchStore.open(file); Statement q = s.connection().createStatement()) {
            try (ResultSet r = q.executeQuery("PRAGMA journal_mode")) {
                assertThat(r.getString(1)).isEqualTo("wal");
            }
            try (ResultSet r = q.executeQuery("PRAGMA synchronous")) {
                assertThat(r.getInt(1)).isEqualTo(2);   // FULL
            }
            s.bind(CONFIG);
            s.record(AttemptResult.skipped("t1", 0, "no GPU here"), "0/1");
        }
        try (BenchStore s = BenchStore.open(file)) {
            assertThat(s.config()).hasValue(CONFIG);
            assertThat(s.finished()).isEmpty();   // a skipped attempt is kept but tried again by a rerun
            assertThat(s.attempts()).singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("no GPU here"));
        }
    }

    @Test
    void anotherSuiteContentIsRefusedWithBothIdentities() throws Exception {
        try (BenchStore s = BenchStore.open(dir.resolve("s.db"))) {
            s.bind(CONFIG);
            s.bind(CONFIG);   // the same configuration resumes
            BenchConfig edited = new BenchConfig("fedcba9876543210", "pie-examples", "pie", "expert", "refine", 1, 1.05);
            assertThatThrownBy(() -> s.bind(edited)).isInstanceOf(StoreMismatchException.class)
                    .hasMessageStartingWith("suite content (pie-examples 0123456789abcdef vs pie-examples fedcba9876543210) differs");
        }
    }

    @Test
    void aSecondRunOnTheSameStoreIsRefusedWhileTheFirstHoldsIt() throws Exception {
        Path file = dir.resolve("s.db");
        try (StoreLock first = StoreLock.acquire(file)) {
            assertThatThrownBy(() -> StoreLock.acquire(file)).isInstanceOf(StoreMismatchException.class)
                    .hasMessage("another perfagent bench is running on " + file + "; wait for it or give another --store");
        }
        try (StoreLock again = StoreLock.acquire(file)) {
            assertThat(again).isNotNull();
        }
    }
}
