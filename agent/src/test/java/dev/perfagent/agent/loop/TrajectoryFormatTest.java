package dev.perfagent.agent.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.perfagent.agent.loop.TrajectoryEvent.Attempted;
import dev.perfagent.agent.loop.TrajectoryEvent.Confirmed;
import dev.perfagent.agent.loop.TrajectoryEvent.Evaluated;
import dev.perfagent.agent.loop.TrajectoryEvent.ModelFailed;
import dev.perfagent.agent.loop.TrajectoryEvent.Proposed;
import dev.perfagent.agent.loop.TrajectoryEvent.RunStarted;
import dev.perfagent.agent.loop.TrajectoryEvent.Stopped;
import dev.perfagent.agent.propose.Usage;
import dev.perfagent.agent.report.RunSummary;
import dev.perfagent.datasets.TaskYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.perfagent.agent.loop.LoopFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trajectory's format: typed events, a version in the first line, and the runs written before the version
 * existed (format 1, no first line) still resumed and reported as they were.
 */
class TrajectoryFormatTest {
    /** A real format-1 trajectory: bench/null-optimize.sh power, seed 201, by perfagent at a258fae (prompt texts cut). */
    static final Path FORMAT_1 = Path.of("src/test/resources/trajectories/format1-power-run.jsonl");
    /** The summary.json that perfagent wrote for it then. */
    static final Path FORMAT_1_SUMMARY = Path.of("src/test/resources/trajectories/format1-power-run.summary.json");

    @TempDir
    Path dir;

    @Test
    void aNewTrajectoryStartsWithItsFormatAndReadsBackAsTypedEvents() throws Exception {
        try (Trajectory t = Trajectory.open(dir)) {
            t.append(new RunStarted("r1", "task-1", Trajectory.JSON.createObjectNode().put("strategy", "refine")));
            t.append(new ModelFailed("the model's server said 503"));
            t.append(new Stopped("the model failed", true, 0, 1, 10, 20, 0.5));
        }
        List<String> lines = Files.readAllLines(dir.resolve(Trajectory.FILE));
        assertThat(lines.get(0)).isEqualTo("{\"type\":\"trajectory\",\"format\":" + Trajectory.FORMAT + "}");
        assertThat(lines.get(1)).startsWith("{\"type\":\"run\",\"at\":\"");

        Trajectory.Contents read = Trajectory.read(dir);
        assertThat(read.format()).isEqualTo(2);
        assertThat(read.events()).extracting(TrajectoryEvent::type).containsExactly("run", "error", "stop");
        assertThat(read.start()).get().extracting(RunStarted::run).isEqualTo("r1");
        assertThat(read.start().get().settings().path("strategy").asText()).isEqualTo("refine");
        assertThat(read.all(Stopped.class)).containsExactly(new Stopped("the model failed", true, 0, 1, 10, 20, 0.5));
        assertThat(read.all(ModelFailed.class).get(0).message()).isEqualTo("the model's server said 503");
    }

    @Test
    void aLoopsEventsRoundTripWithTheirTypes() throws Exception {
        try (Trajectory t = Trajectory.open(dir)) {
            new AgentLoop(task(), parts(new MarkingProposer(new Usage(100, 50, 0.01)), Strategy.named("best-of-n", 2),
                    new CountingJudge(c -> null), budget(1, 2)), t, Replay.none()).run();
        }
        Trajectory.Contents read = Trajectory.read(dir);
        assertThat(read.events()).extracting(TrajectoryEvent::type)
                .containsSubsequence("prompt", "proposals", "evaluation", "attempt", "evaluation", "attempt", "confirmation", "stop");
        assertThat(read.all(Attempted.class)).extracting(a -> a.attempt().id()).containsExactly("c1", "c2");
        assertThat(read.all(Proposed.class)).extracting(Proposed::key)
                .isEqualTo(read.all(TrajectoryEvent.Prompted.class).stream().map(TrajectoryEvent.Prompted::key).toList());
        assertThat(read.all(Proposed.class)).allSatisfy(p -> assertThat(p.proposals()).isNotEmpty());
        assertThat(read.all(Evaluated.class)).extracting(Evaluated::candidate).containsExactly("c1", "c2");
        Confirmed confirmed = read.all(Confirmed.class).get(0);
        assertThat(confirmed.confirmation().candidateId()).isEqualTo(confirmed.candidate());
        // every line has the time it was written
        assertThat(read.entries()).allSatisfy(e -> assertThat(e.at()).isAfter(java.time.Instant.EPOCH));
    }

    @Test
    void aFormat1TrajectoryReadsResumesAndReportsAsItDidWhenItWasWritten() throws Exception {
        Files.copy(FORMAT_1, dir.resolve(Trajectory.FILE));
        Trajectory.Contents old = Trajectory.read(dir);
        assertThat(old.format()).isEqualTo(1);
        assertThat(old.start()).get().extracting(RunStarted::run).isEqualTo("run201");
        assertThat(old.all(Attempted.class)).hasSize(8);
        assertThat(old.all(Evaluated.class)).hasSize(8);
        assertThat(old.all(Confirmed.class)).singleElement().satisfies(c -> {
            assertThat(c.candidate()).isEqualTo("c4");
            assertThat(c.confirmation().confirmed()).isTrue();
        });

        // resume: everything it finished is replayed, nothing judged again
        Replay replay = Replay.of(old);
        assertThat(replay.evaluations()).isEqualTo(8);
        assertThat(replay.confirmation(old.all(Attempted.class).get(3).fingerprint())).isPresent();

        // report: the same summary as perfagent wrote for it then, but for the wall time, which a report takes from
        // the first and last events (10:20:30.626 to 10:22:10.679) rather than the clock the live run kept
        Map<String, Object> now = new LinkedHashMap<>(RunSummary.fromTrajectory("run201", TaskYaml.load(Path.of("../bench/calibration")), old).toJson());
        assertThat(now.remove("wallSeconds")).isEqualTo(100.053);
        ObjectNode then = (ObjectNode) Trajectory.JSON.readTree(FORMAT_1_SUMMARY.toFile());
        then.remove("wallSeconds");
        // both read from JSON text, so that a long and an int of the same value compare equal
        JsonNode rerendered = Trajectory.JSON.readTree(Trajectory.JSON.writeValueAsString(now));
        assertThat(rerendered).isEqualTo(then);

        // a resumed format-1 run gets no format line in its middle: its old and new events read alike
        try (Trajectory t = Trajectory.open(dir)) {
            t.append(new RunStarted("run201", "calibration-walk", old.start().get().settings()));
        }
        Trajectory.Contents resumed = Trajectory.read(dir);
        assertThat(resumed.format()).isEqualTo(1);
        assertThat(resumed.entries()).hasSize(old.entries().size() + 1);
        assertThat(Files.readString(dir.resolve(Trajectory.FILE))).doesNotContain("\"type\":\"trajectory\"");
    }

    @Test
    void aTrajectoryOfANewerFormatIsRefusedWithWhatToDo() throws Exception {
        Files.writeString(dir.resolve(Trajectory.FILE), "{\"type\":\"trajectory\",\"format\":3}\n{\"type\":\"run\",\"run\":\"x\"}\n");
        assertThatThrownBy(() -> Trajectory.read(dir)).isInstanceOf(Trajectory.NewerFormatException.class)
                .hasMessageContaining("trajectory format 3, newer than this perfagent reads (2)");
    }

    @Test
    void aTornLineAndAnUnknownKindAreSkipped() throws Exception {
        Files.writeString(dir.resolve(Trajectory.FILE), "{\"type\":\"trajectory\",\"format\":2}\n"
                + "{\"type\":\"error\",\"at\":\"2026-12-02T10:00:00Z\",\"message\":\"m\"}\n"
                + "{\"type\":\"gossip\",\"at\":\"2026-12-02T10:00:01Z\"}\n{\"type\":\"sto");
        assertThat(Trajectory.read(dir).events()).containsExactly(new ModelFailed("m"));
    }
}
