package dev.perfagent.agent.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * {@code perfagent.yaml}: settings between the flags (which override it) and the environment (which it overrides).
 * Keys: model, judge-model, base-url, strategy, width, runs-dir, budget.{rounds,candidates,tokens,money,time},
 * measure.{threshold,budget,max-runs}, prices.MODEL.{input,output}, repo.{bench,jmh,jmh-args,test,build,targets,check-output,memory,max-prompt}. An unknown key is an error that lists the known
 * ones, so a typo does not silently do nothing.
 */
public record ConfigFile(Path path, JsonNode root) {
    private static final Set<String> TOP = Set.of("model", "judge-model", "base-url", "strategy", "width", "runs-dir", "budget", "measure", "prices", "profile", "repo");
    private static final Set<String> BUDGET = Set.of("rounds", "candidates", "tokens", "money", "time");
    private static final Set<String> MEASURE = Set.of("threshold", "budget", "max-runs");
    /** Repository mode ({@code perfagent optimize --repo}): what {@code perfagent init} writes. */
    private static final Set<String> REPO = Set.of("bench", "jmh", "jmh-args", "test", "build", "targets", "check-output", "memory", "max-prompt");

    public static ConfigFile empty() {
        return new ConfigFile(Path.of("perfagent.yaml"), new ObjectMapper().createObjectNode());
    }

    /** The given file (it must exist), or ./perfagent.yaml when there is one, or nothing. */
    public static ConfigFile load(Optional<Path> given) throws ConfigException {
        Path p = given.orElse(Path.of("perfagent.yaml"));
        if (!Files.exists(p)) {
            if (given.isPresent()) throw new ConfigException("--config " + p + " does not exist");
            return empty();
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(p.toFile());
            if (root == null || root.isMissingNode() || root.isNull()) return new ConfigFile(p, new ObjectMapper().createObjectNode());
            if (!root.isObject()) throw new ConfigException(p + ": expected a mapping of settings at the top");
            ConfigFile c = new ConfigFile(p, root);
            c.check(root, TOP, "");
            c.check(root.path("budget"), BUDGET, "budget.");
            c.check(root.path("measure"), MEASURE, "measure.");
            c.check(root.path("repo"), REPO, "repo.");
            return c;
        } catch (IOException e) {
            throw new ConfigException(p + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private void check(JsonNode node, Set<String> known, String prefix) throws ConfigException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new ConfigException(path + ": unknown setting " + prefix + k + "; known: " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    public Optional<String> text(String dotted) {
        JsonNode n = at(dotted);
        return n.isMissingNode() || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }

    public Optional<Double> number(String dotted) throws ConfigException {
        Optional<String> t = text(dotted);
        if (t.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Double.parseDouble(t.get()));
        } catch (NumberFormatException e) {
            throw new ConfigException(path + ": " + dotted + " must be a number, got " + t.get());
        }
    }

    public JsonNode at(String dotted) {
        JsonNode n = root;
        for (String part : dotted.split("\\.")) n = n.path(part);
        return n;
    }

    /** A user's mistake in the config file: one line, naming the file and the key. */
    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }
}
