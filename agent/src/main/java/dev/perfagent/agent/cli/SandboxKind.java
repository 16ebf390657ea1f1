package dev.perfagent.agent.cli;

import dev.perfagent.sandbox.Sandboxes;
import picocli.CommandLine;

/** {@code --sandbox} read when the flags are: an unknown kind is refused before a run is announced (exit 2). */
final class SandboxKind implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
        if (Sandboxes.NAMES.contains(value)) return value;
        throw new CommandLine.TypeConversionException("'" + value + "' is not a sandbox; one of " + String.join(", ", Sandboxes.NAMES));
    }
}
