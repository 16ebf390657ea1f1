package dev.perfagent.agent.propose;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.prompts.Prompt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayProposerTest {
    private static final Prompt PROMPT = new Prompt("optimize", "1", "system", "user");
    private static final Path RECORDED = Path.of("src/test/resources/replies");
    private static final Path EXAMPLES = Path.of("..", "datasets", "suites", "examples");

    private static ProposalRequest request(int count, int round) {
        return ProposalRequest.of(null, "original", Map.of(), PROMPT).withCount(count).withRound(round);
    }

    private static List<String> replies(List<Proposal> proposals) {
        return proposals.stream().map(p -> p.reply().orElseThrow()).toList();
    }

    @Test
    void repliesComeBackInOrderOnePerCandidateThenNothing() throws IOException {
        ReplayProposer replay = ReplayProposer.load(RECORDED.resolve("java-report-concat.jsonl"));

        List<Proposal> first = replay.propose(request(2, 1));
        List<Proposal> second = replay.propose(request(2, 2));

        assertThat(replay.name()).isEqualTo("replay:" + RECORDED.resolve("java-report-concat.jsonl"));
        assertThat(replies(first)).containsExactly(Files.readString(RECORDED.resolve("search-replace.md")),
                Files.readString(RECORDED.resolve("unified-diff.md")));
        assertThat(replies(second)).containsExactly(Files.readString(RECORDED.resolve("whole-file.md")));
        assertThat(first.get(0).usage()).isEqualTo(new Usage(1840, 412, 0));
        assertThat(replay.propose(request(1, 3))).isEmpty();
    }

    @Test
    void aFolderIsReadInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("010.md"), "third");
        Files.writeString(dir.resolve("002.txt"), "second");
        Files.writeString(dir.resolve("001.md"), "first");
        Files.writeString(dir.resolve("notes.json"), "ignored");

        ReplayProposer replay = ReplayProposer.load(dir);

        assertThat(replies(replay.propose(request(5, 1)))).containsExactly("first", "second", "third");
    }

    @Test
    void theRecordedRepliesFolderIsItselfAReplayFolder() {
        assertThat(ReplayProposer.load(RECORDED).remaining()).isEqualTo(3);
    }

    @Test
    void repliesRecordedForARoundWaitForItAndArePassedOverAfterIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.jsonl");
        Files.writeString(file, """
                {"reply": "r1a", "round": 1}
                {"reply": "r1b", "round": 1}
                {"reply": "r2a", "round": 2}

                {"reply": "r3a", "round": 3}
                {"reply": "any"}
                """);
        ReplayProposer replay = ReplayProposer.load(file);

        assertThat(replies(replay.propose(request(1, 1)))).containsExactly("r1a");
        // r1b belonged to round 1: skipped, and round 3's reply waits for round 3
        assertThat(replies(replay.propose(request(3, 2)))).containsExactly("r2a");
        assertThat(replies(replay.propose(request(3, 3)))).containsExactly("r3a", "any");
    }

    /** PR mode runs the loop once per changed method, each with its own load of the same file, in any order. */
    @Test
    void repliesForATaskGoOnlyToThatTaskAndEachTaskKeepsItsOwnPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.jsonl");
        Files.writeString(file, """
                {"reply": "concat-1", "task": "java-report-concat"}
                {"reply": "visitors-1", "task": "py-unique-visitors"}
                {"reply": "shared"}
                {"reply": "concat-2", "task": "java-report-concat"}
                """);
        Task concat = TaskYaml.load(EXAMPLES.resolve("java-report-concat"));
        Task visitors = TaskYaml.load(EXAMPLES.resolve("py-unique-visitors"));
        ReplayProposer replay = ReplayProposer.load(file);

        assertThat(replies(replay.propose(request(visitors, 1, 1)))).containsExactly("visitors-1");
        assertThat(replies(replay.propose(request(concat, 1, 1)))).containsExactly("concat-1");
        assertThat(replies(replay.propose(request(concat, 5, 2)))).containsExactly("shared", "concat-2");
        assertThat(replies(replay.propose(request(visitors, 5, 2)))).containsExactly("shared");
        assertThat(replay.remaining()).isZero();
        // a fresh load, as each of PR mode's runs makes, starts that task at its own first reply
        assertThat(replies(ReplayProposer.load(file).propose(request(concat, 1, 1)))).containsExactly("concat-1");
        Files.writeString(file, "{\"reply\": \"x\", \"task\": 3}\n");
        assertThatThrownBy(() -> ReplayProposer.load(file)).hasMessageStartingWith(file + " line 1 has a \"task\" that is not a task id");
    }

    private static ProposalRequest request(Task task, int count, int round) {
        return ProposalRequest.of(task, "original", Map.of(), PROMPT).withCount(count).withRound(round);
    }

    @Test
    void twoLoadsReplayTheSame() {
        Path file = RECORDED.resolve("java-report-concat.jsonl");
        assertThat(replies(ReplayProposer.load(file).propose(request(3, 1))))
                .isEqualTo(replies(ReplayProposer.load(file).propose(request(3, 1))));
    }

    @Test
    void badRecordingsSayWhereAndWhat(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"reply\": \"ok\"}\n{\"text\": \"no reply field\"}\n");
        assertThatThrownBy(() -> ReplayProposer.load(file)).hasMessage(file + " line 2 has no \"reply\" text");
        Files.writeString(file, "not json\n");
        assertThatThrownBy(() -> ReplayProposer.load(file)).hasMessageStartingWith(file + " line 1 is not JSON");
        assertThatThrownBy(() -> ReplayProposer.load(dir.resolve("missing.jsonl")))
                .hasMessageStartingWith("no recorded replies at ");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> ReplayProposer.load(empty)).hasMessage(empty + " holds no .txt or .md replies");
    }
}
