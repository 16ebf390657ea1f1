package dev.perfagent.agent.report;

import dev.perfagent.agent.loop.Attempt;
import dev.perfagent.agent.loop.RunResult;
import dev.perfagent.datasets.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The facts of a finished run that every report is rendered from: which task, model and strategy, why it stopped,
 * what it spent, every attempt, the best verified improvement and its patch against the original.
 */
public record RunSummary(String runId, String taskId, String model, String strategy, String stopReason, boolean failed,
                         int rounds, int candidates, long tokensIn, long tokensOut, double cost, double wallSeconds,
                         List<Attempt> attempts, Optional<Attempt> best, String bestPatch,
                         Optional<dev.perfagent.agent.loop.Confirmation> confirmation) {

    public static RunSummary of(String runId, Task task, String model, String strategy, RunResult r) {
        var u = r.spend().usage();
        return new RunSummary(runId, task.id(), model, strategy, r.stopReason(), r.failed(), r.spend().rounds(),
                r.spend().candidates(), u.inputTokens(), u.outputTokens(), u.cost(), r.spend().wall().toMillis() / 1000.0,
                r.attempts(), r.best(), r.best().map(b -> patch(task, b)).orElse(""), r.confirmation());
    }

    /**
     * Re-derives the summary from a trajectory alone (what {@code perfagent report RUN} renders): the attempts as
     * recorded, the last stop event's figures, the best improvement among the attempts.
     */
    public static RunSummary fromTrajectory(String runId, Task task, java.util.List<com.fasterxml.jackson.databind.JsonNode> events) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Map<Integer, Attempt> byIndex = new TreeMap<>();
        com.fasterxml.jackson.databind.JsonNode start = json.createObjectNode();
        com.fasterxml.jackson.databind.JsonNode stop = json.createObjectNode();
        Optional<dev.perfagent.agent.loop.Confirmation> confirmation = Optional.empty();
        for (var e : events) {
            switch (e.path("type").asText()) {
                case "run" -> start = start.isEmpty() ? e : start;
                case "attempt" -> {
                    Attempt a = json.convertValue(e.path("attempt"), Attempt.class);
                    byIndex.put(a.index(), a);
                }
                case "stop" -> stop = e;
                case "confirmation" -> confirmation = Optional.of(json.convertValue(e.path("confirmation"), dev.perfagent.agent.loop.Confirmation.class));
                default -> {
                }
            }
        }
        List<Attempt> attempts = List.copyOf(byIndex.values());
        // the result is the confirmed candidate only: the screening's best stands as the result only once confirmed
        Optional<dev.perfagent.agent.loop.Confirmation> confirmed = confirmation.filter(dev.perfagent.agent.loop.Confirmation::confirmed);
        // (a trajectory written before confirmations existed has none: its screening best, as it was reported then)
        Optional<Attempt> best = confirmation.isEmpty()
                ? attempts.stream().filter(Attempt::improved).min(dev.perfagent.agent.loop.SearchState.BETTER_FIRST)
                : confirmed.flatMap(c -> attempts.stream().filter(a -> a.id().equals(c.candidateId())).findFirst());
        var settings = start.path("settings");
        return new RunSummary(runId, task.id(), settings.path("model").asText(), settings.path("strategy").asText(),
                stop.path("reason").asText("did not finish (killed?): resume it with perfagent optimize --resume " + runId),
                stop.path("failed").asBoolean(false), stop.path("rounds").asInt(), stop.path("candidates").asInt(attempts.size()),
                stop.path("tokensIn").asLong(), stop.path("tokensOut").asLong(), stop.path("cost").asDouble(),
                dev.perfagent.agent.loop.Replay.of(events).earlier().toMillis() / 1000.0, attempts, best,
                best.map(b -> patch(task, b)).orElse(""), confirmation);
    }

    /** The best candidate's files as a patch against the task's sources (paths relative to its source root). */
    public static String patch(Task task, Attempt best) {
        StringBuilder out = new StringBuilder();
        for (var e : new TreeMap<>(best.files()).entrySet()) {
            var original = task.sourceRoot().resolve(e.getKey());
            try {
                String before = Files.exists(original) ? Files.readString(original, StandardCharsets.UTF_8) : null;
                out.append(UnifiedDiff.of(e.getKey(), before, e.getValue()));
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read " + original, ex);
            }
        }
        return out.toString();
    }

    /** Verdict → how many attempts got it ("UNPARSED" for replies that gave no candidate). */
    public Map<String, Integer> verdictCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Attempt a : attempts) {
            counts.merge(a.outcome().map(o -> o.verdict().name()).orElse("UNPARSED"), 1, Integer::sum);
        }
        return counts;
    }

    /** summary.json's content: figures a script can read; wall time is the only field two runs may differ in. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", runId);
        m.put("task", taskId);
        m.put("model", model);
        m.put("strategy", strategy);
        m.put("stopReason", stopReason);
        m.put("failed", failed);
        m.put("rounds", rounds);
        m.put("candidates", candidates);
        m.put("tokensIn", tokensIn);
        m.put("tokensOut", tokensOut);
        m.put("cost", cost);
        m.put("wallSeconds", wallSeconds);
        m.put("verdicts", verdictCounts());
        best.ifPresent(b -> {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("candidate", b.id());
            bm.put("round", b.round());
            bm.put("proposer", b.proposer());
            bm.put("summary", b.summary());
            b.outcome().ifPresent(o -> {
                bm.put("verdict", o.verdict().name());
                o.speedup().ifPresent(s -> bm.put("speedup", s));
                o.low().ifPresent(s -> bm.put("ciLow", s));
                o.high().ifPresent(s -> bm.put("ciHigh", s));
                clockJson(o, bm);
            });
            confirmation.ifPresent(c -> bm.put("confirmation", confirmationJson(c)));
            bm.put("files", List.copyOf(new TreeMap<>(b.files()).keySet()));
            m.put("best", bm);
        });
        if (best.isEmpty()) confirmation.ifPresent(c -> m.put("notConfirmed", confirmationJson(c)));
        m.put("attempts", attempts.stream().map(a -> attemptJson(a, attempts)).toList());
        return m;
    }

    /** The confirming measurement: its verdict and interval beside the screening's. */
    private static Map<String, Object> confirmationJson(dev.perfagent.agent.loop.Confirmation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("candidate", c.candidateId());
        m.put("verdict", c.outcome().verdict().name());
        c.outcome().speedup().ifPresent(s -> m.put("speedup", s));
        c.outcome().low().ifPresent(s -> m.put("ciLow", s));
        c.outcome().high().ifPresent(s -> m.put("ciHigh", s));
        clockJson(c.outcome(), m);
        m.put("confidence", dev.perfagent.agent.loop.Confirmation.CONFIDENCE);
        return m;
    }

    /** Which time decided ("cpu" or "wall") and the wall-time ratio beside it, for a timed outcome. */
    private static void clockJson(dev.perfagent.agent.loop.Outcome o, Map<String, Object> m) {
        o.clock().ifPresent(c -> m.put("clock", c.startsWith("CPU") ? "cpu" : "wall"));
        o.wallRatio().ifPresent(w -> m.put("wallSpeedup", w));
    }

    private static Map<String, Object> attemptJson(Attempt a, List<Attempt> attempts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("candidate", a.id());
        m.put("round", a.round());
        m.put("lineage", a.lineage());
        m.put("parent", a.parentId());
        m.put("proposer", a.proposer());
        m.put("summary", a.summary());
        m.put("tokens", a.usage().tokens());
        m.put("cost", a.usage().cost());
        a.problem().ifPresent(p -> m.put("problem", p));
        a.outcome().ifPresent(o -> {
            m.put("verdict", o.verdict().name());
            m.put("reason", o.reason());
            o.speedup().ifPresent(s -> m.put("speedup", s));
            o.low().ifPresent(s -> m.put("ciLow", s));
            o.high().ifPresent(s -> m.put("ciHigh", s));
            clockJson(o, m);
        });
        dev.perfagent.agent.loop.LineageCredit.of(a, attempts).ifPresent(c -> m.put("overParent", Map.of("parent", c.parentId(),
                "speedup", c.speedup().ratio(), "ciLow", c.speedup().low(), "ciHigh", c.speedup().high(), "verdict", c.verdict().name(),
                "derived", true)));
        return m;
    }
}
