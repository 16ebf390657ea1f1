package dev.perfagent.datasets.loaders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A suite as loaded: its entries sorted by id, and the records left out with the reason.
 *
 * @param name     a readable name (the suite folder or file)
 * @param loader   the loader's short name
 * @param entries  the tasks, sorted by id, ids unique
 * @param problems every record or file left out
 */
public record LoadedSuite(String name, String loader, List<SuiteEntry> entries, List<RecordProblem> problems) {

    public LoadedSuite {
        entries = entries.stream().sorted(Comparator.comparing(SuiteEntry::id)).toList();
        problems = problems.stream().sorted(Comparator.comparing((RecordProblem p) -> p.file().toString()).thenComparingInt(RecordProblem::line)).toList();
    }

    /**
     * Identity of the suite's content, not of its path: shards run on other machines, from other folders, must
     * agree on it. Digest of the sorted ids with their fingerprints and the loader.
     */
    public String identity() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(loader.getBytes(StandardCharsets.UTF_8));
            for (SuiteEntry e : entries) {
                sha.update(("\n" + e.id() + ":" + e.fingerprint()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
