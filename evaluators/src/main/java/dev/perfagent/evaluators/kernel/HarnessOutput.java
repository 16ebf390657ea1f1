package dev.perfagent.evaluators.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads the harness's result line, {@code PERFAGENT-KERNEL-RESULT <nonce> <json>}, in a run's stdout. Only a
 * line carrying this run's nonce counts: the nonce reaches the harness on stdin before any candidate code runs, so
 * text a candidate prints cannot pass for a result.
 */
public final class HarnessOutput {
    public static final String MARKER = "PERFAGENT-KERNEL-RESULT";
    public static final String PROTOCOL = "perfagent-kernel/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HarnessOutput() {
    }

    /** The result, or why none could be read (the text a user or the model is shown). */
    public static Parsed parse(String stdout, String nonce) {
        String prefix = MARKER + " " + nonce + " ";
        String line = null;
        for (String l : stdout.split("\n")) {
            if (l.startsWith(prefix)) line = l.substring(prefix.length());
        }
        if (line == null) return Parsed.failure("the harness printed no result (it was killed, or crashed before reporting)");
        try {
            return Parsed.of(read(JSON.readTree(line)));
        } catch (JsonProcessingException e) {
            return Parsed.failure("the harness's result is not JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            return Parsed.failure("the harness's result is malformed: " + e.getMessage());
        }
    }

    static HarnessResult read(JsonNode n) {
        String protocol = n.path("protocol").asText("");
        if (!protocol.equals(PROTOCOL)) throw new IllegalArgumentException("protocol '" + protocol + "', expected " + PROTOCOL);
        if (!n.hasNonNull("status")) throw new IllegalArgumentException("no status");
        List<HarnessResult.Trial> trials = new ArrayList<>();
        for (JsonNode t : n.path("trials")) {
            trials.add(new HarnessResult.Trial(t.path("trial").asInt(), t.path("ok").asBoolean(false), number(t.path("max_abs_err")),
                    number(t.path("max_rel_err")), number(t.path("tolerance")), t.path("inputs_unmodified").asBoolean(true),
                    t.path("message").asText("")));
        }
        Optional<HarnessResult.Timing> timing = Optional.empty();
        JsonNode tm = n.path("timing");
        if (tm.isObject()) {
            timing = Optional.of(new HarnessResult.Timing(numbers(tm.path("reference_ms")), numbers(tm.path("candidate_ms")),
                    tm.path("order").asText("")));
            List<Double> ref = timing.get().referenceMs();
            if (!ref.isEmpty() && ref.size() != timing.get().candidateMs().size()) {
                throw new IllegalArgumentException(ref.size() + " reference times but " + timing.get().candidateMs().size() + " candidate times");
            }
        }
        return new HarnessResult(n.path("status").asText(), n.path("mode").asText(""), n.path("device").asText(""),
                n.path("message").asText(""), trials, timing);
    }

    /** JSON has no NaN or infinity: the harness writes them as the strings "nan", "inf", "-inf". */
    static double number(JsonNode v) {
        if (v.isNumber()) return v.asDouble();
        return switch (v.asText("nan")) {
            case "inf", "Infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> out = new ArrayList<>();
        for (JsonNode v : array) {
            double d = number(v);
            if (!(d >= 0) || Double.isInfinite(d)) throw new IllegalArgumentException("a time of " + v.asText() + " ms");
            out.add(d);
        }
        return out;
    }

    /** A result, or the reason there is none. */
    public record Parsed(Optional<HarnessResult> result, String problem) {
        static Parsed of(HarnessResult r) {
            return new Parsed(Optional.of(r), "");
        }

        static Parsed failure(String why) {
            return new Parsed(Optional.empty(), why);
        }
    }
}
