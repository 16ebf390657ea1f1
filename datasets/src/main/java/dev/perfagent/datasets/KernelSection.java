package dev.perfagent.datasets;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** Reads the {@code kernel:} section of a task.yaml into a {@link KernelSpec}, reporting each problem with its field. */
final class KernelSection {
    private static final Set<String> FIELDS = Set.of("reference", "candidate", "trials", "tolerance", "timed", "warmups", "plausible", "allow", "forbid");

    private final BiConsumer<String, String> problem;

    KernelSection(BiConsumer<String, String> problem) {
        this.problem = problem;
    }

    KernelSpec parse(JsonNode node, Language language, List<String> sources, List<String> editable) {
        KernelSpec d = KernelSpec.defaultsFor(editable);
        if (node.isMissingNode() || node.isNull()) return d;
        if (!node.isObject()) {
            problem.accept("kernel", "must be a mapping such as {reference: model.py, trials: 5}");
            return d;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) problem.accept("kernel." + name, "unknown field; valid fields are " + String.join(", ", FIELDS.stream().sorted().toList()));
        }
        String reference = node.path("reference").asText(d.reference());
        String candidate = node.path("candidate").asText(d.candidate());
        if (language == Language.PYTHON) {
            if (!sources.isEmpty() && !sources.contains(reference)) problem.accept("kernel.reference", "'" + reference + "' is not a file under sources.root");
            if (!editable.contains(candidate)) problem.accept("kernel.candidate", "'" + candidate + "' is not an editable file " + editable);
        }
        int trials = positiveInt(node, "trials", d.trials());
        int timed = positiveInt(node, "timed", d.timed());
        int warmups = node.has("warmups") ? nonNegativeInt(node, "warmups", d.warmups()) : d.warmups();
        Optional<Double> tolerance = Optional.empty();
        if (node.has("tolerance")) {
            double t = number(node, "tolerance", -1);
            if (t <= 0) problem.accept("kernel.tolerance", "must be a positive number such as 1e-4 (atol = rtol)");
            else tolerance = Optional.of(t);
        }
        double plausible = node.has("plausible") ? number(node, "plausible", d.plausible()) : d.plausible();
        if (plausible <= 1) problem.accept("kernel.plausible", "must be above 1 (a speedup beyond it is re-verified), e.g. 10");
        Set<String> allow = new LinkedHashSet<>();
        JsonNode a = node.path("allow");
        if (a.isTextual()) allow.add(a.asText());
        else if (a.isArray()) a.forEach(x -> allow.add(x.asText()));
        for (String x : allow) {
            if (!KernelSpec.ALLOWANCES.contains(x)) problem.accept("kernel.allow", "'" + x + "' is not a guardrail that can be switched off; one of " + KernelSpec.ALLOWANCES);
        }
        Set<String> forbid = new LinkedHashSet<>();
        JsonNode f = node.path("forbid");
        if (f.isTextual()) forbid.add(f.asText());
        else if (f.isArray()) f.forEach(x -> forbid.add(x.asText()));
        else if (!f.isMissingNode()) problem.accept("kernel.forbid", "must be a list of operator names such as [matmul, mm, einsum]");
        return new KernelSpec(reference, candidate, trials, tolerance, timed, warmups, plausible, allow, forbid);
    }

    private int positiveInt(JsonNode node, String field, int fallback) {
        if (!node.has(field)) return fallback;
        JsonNode v = node.get(field);
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
            problem.accept("kernel." + field, "must be a whole number of at least 1");
            return fallback;
        }
        return v.asInt();
    }

    private int nonNegativeInt(JsonNode node, String field, int fallback) {
        JsonNode v = node.get(field);
        if (!v.isIntegralNumber() || v.asInt() < 0) {
            problem.accept("kernel." + field, "must be a whole number, 0 or more");
            return fallback;
        }
        return v.asInt();
    }

    private double number(JsonNode node, String field, double fallback) {
        JsonNode v = node.get(field);
        try {
            return v.isNumber() ? v.asDouble() : Double.parseDouble(v.asText());
        } catch (NumberFormatException e) {
            problem.accept("kernel." + field, "'" + v.asText() + "' is not a number");
            return fallback;
        }
    }
}
