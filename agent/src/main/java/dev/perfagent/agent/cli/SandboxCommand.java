package dev.perfagent.agent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code perfagent sandbox}: the sandboxes' own set-up. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Set up the sandboxes candidates run in.",
        subcommands = {BuildImageCommand.class, CheckCommand.class})
public final class SandboxCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: build-image or check");
    }
}
