package dev.perfagent.agent.cli;

import dev.perfagent.agent.run.ConfigFile;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * perfagent.yaml as picocli's default values: an option the user did not give takes the file's value, then the
 * option's own default, for every command alike ({@code --config FILE}, else ./perfagent.yaml when present). So
 * the precedence flags > perfagent.yaml > defaults is one rule, not one per command.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
    /** Option → key in perfagent.yaml (the keys {@link ConfigFile} documents). */
    static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("--model", "model"), Map.entry("--judge-model", "judge-model"), Map.entry("--base-url", "base-url"),
            Map.entry("--strategy", "strategy"), Map.entry("--width", "width"),
            Map.entry("--rounds", "budget.rounds"), Map.entry("--candidates", "budget.candidates"),
            Map.entry("--tokens", "budget.tokens"), Map.entry("--money", "budget.money"), Map.entry("--time", "budget.time"),
            Map.entry("--threshold", "measure.threshold"), Map.entry("--budget", "measure.budget"),
            Map.entry("--max-runs", "measure.max-runs"));
    /** The commands whose options the file sets; others (tasks, merge, sandbox) never read it. */
    static final List<String> COMMANDS = List.of("optimize", "eval", "bench", "pr", "calibrate");

    private final ConfigFile file;

    ConfigDefaults(ConfigFile file) {
        this.file = file;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o)) return null;
        String key = KEYS.get(o.longestName());
        if (key == null) return null;
        return file.text(key).orElse(null);
    }

    /** The --config given in {@code args} (either form), if any. */
    static Optional<Path> configFlag(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) return Optional.of(Path.of(args[i + 1]));
            if (args[i].startsWith("--config=")) return Optional.of(Path.of(args[i].substring("--config=".length())));
        }
        return Optional.empty();
    }

    /** The subcommand named in {@code args}: the first word that is not an option. */
    static Optional<String> command(String[] args) {
        for (String a : args) if (!a.startsWith("-")) return Optional.of(a);
        return Optional.empty();
    }
}
