package dev.perfagent.agent.propose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Replays recorded model replies, in order, one per requested candidate; an empty list once they run out. Makes a
 * run repeatable without a network or a key: tests, demos, re-running a trajectory.
 *
 * <p>The recording is either a JSONL file, one reply a line:
 * {@code {"reply": "...", "round": 2, "task": "pr-run", "tokens_in": 1200, "tokens_out": 300}} (all but {@code reply} optional), or a
 * folder of {@code .txt}/{@code .md} files, one reply each, taken in name order ({@code 001.txt}, {@code 002.md}).
 * A reply with a {@code round} is kept for that round: it is not handed out earlier, and is skipped once the loop
 * has moved past it, so a recorded trajectory stays aligned with the rounds it came from.
 *
 * <p>A reply with a {@code task} ({@code {"task": "pr-run", "reply": "..."}}) goes only to runs on the task of that id
 * ({@code perfagent pr --suggest} names its task per changed method {@code pr-<method>}); a reply without one goes to
 * every task. Each task has its own place in the recording: a run on one task neither takes nor skips another task's
 * replies, so one file can script several runs (one per changed method, one per suite task) in any order.
 */
public final class ReplayProposer implements Proposer {

    /** One recorded reply; {@code task} empty: for any task. */
    public record Recorded(String reply, OptionalInt round, Usage usage, Optional<String> task) {
        /** A reply for any round and any task. */
        public static Recorded of(String reply, Usage usage) {
            return new Recorded(reply, OptionalInt.empty(), usage, Optional.empty());
        }

        boolean isFor(String taskId) {
            return task.isEmpty() || task.get().equals(taskId);
        }
    }

    /** How far one task's runs have got in the recording. */
    private static final class Cursor {
        int next;
        int handedOut;
    }

    private final String name;
    private final List<Recorded> replies;
    private final Map<String, Cursor> cursors = new HashMap<>();
    private final BitSet passed = new BitSet();

    public ReplayProposer(String name, List<Recorded> replies) {
        this.name = name;
        this.replies = List.copyOf(replies);
    }

    /** Reads the recording at {@code path}: a JSONL file or a folder of reply files. */
    public static ReplayProposer load(Path path) {
        String name = "replay:" + path;
        if (Files.isDirectory(path)) return new ReplayProposer(name, readFolder(path));
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no recorded replies at " + path + ": give a .jsonl file or a folder of .txt/.md replies");
        }
        return new ReplayProposer(name, readJsonl(path));
    }

    @Override
    public String name() {
        return name;
    }

    /** Replies no task has yet taken or passed over (including ones that may still be skipped as of a past round). */
    public synchronized int remaining() {
        return replies.size() - passed.cardinality();
    }

    /**
     * A resumed run got its first proposals from the trajectory, not from here: {@code request.received()} says how
     * many, and that many recorded replies are passed over so the next one is the reply the run would have had.
     */
    @Override
    public synchronized List<Proposal> propose(ProposalRequest request) {
        String task = request.task() == null ? "" : request.task().id();
        Cursor c = cursors.computeIfAbsent(task, t -> new Cursor());
        if (request.received() > c.handedOut) take(c, task, request.received() - c.handedOut, request.round());
        return take(c, task, request.count(), request.round());
    }

    private List<Proposal> take(Cursor c, String task, int count, int round) {
        List<Proposal> out = new ArrayList<>();
        while (out.size() < count && c.next < replies.size()) {
            Recorded r = replies.get(c.next);
            if (!r.isFor(task)) {
                c.next++;
                continue;
            }
            if (r.round().isPresent() && r.round().getAsInt() > round) break;
            passed.set(c.next);
            c.next++;
            if (r.round().isPresent() && r.round().getAsInt() < round) continue;
            out.add(Proposal.ofReply(name, r.reply(), r.usage()));
        }
        c.handedOut += out.size();
        return out;
    }

    static List<Recorded> readJsonl(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Recorded> replies = new ArrayList<>();
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            String where = file + " line " + (i + 1);
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(where + " is not JSON: " + e.getOriginalMessage());
            }
            JsonNode reply = node.get("reply");
            if (reply == null || !reply.isTextual()) throw new IllegalArgumentException(where + " has no \"reply\" text");
            OptionalInt round = node.hasNonNull("round") ? OptionalInt.of(node.get("round").asInt()) : OptionalInt.empty();
            Usage usage = new Usage(node.path("tokens_in").asLong(0), node.path("tokens_out").asLong(0), node.path("cost").asDouble(0));
            JsonNode task = node.get("task");
            if (task != null && !task.isNull() && (!task.isTextual() || task.asText().isBlank())) {
                throw new IllegalArgumentException(where + " has a \"task\" that is not a task id (text such as \"pr-run\")");
            }
            replies.add(new Recorded(reply.asText(), round, usage, task == null || task.isNull() ? Optional.empty() : Optional.of(task.asText())));
        }
        return replies;
    }

    static List<Recorded> readFolder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt") || p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
            if (sorted.isEmpty()) throw new IllegalArgumentException(dir + " holds no .txt or .md replies");
            List<Recorded> replies = new ArrayList<>();
            for (Path p : sorted) {
                replies.add(Recorded.of(Files.readString(p, StandardCharsets.UTF_8), Usage.NONE));
            }
            return replies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
