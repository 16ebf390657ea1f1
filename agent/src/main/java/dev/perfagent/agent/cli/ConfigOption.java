package dev.perfagent.agent.cli;

import dev.perfagent.agent.run.ConfigFile;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** {@code --config FILE} for every command that reads perfagent.yaml (its values are applied by {@link ConfigDefaults}). */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE", description = "settings file (default: ./perfagent.yaml when present)")
    Path config;

    ConfigFile load() {
        try {
            return ConfigFile.load(Optional.ofNullable(config));
        } catch (ConfigFile.ConfigException e) {
            throw new UserError(e.getMessage());
        }
    }
}
