package dev.perfagent.agent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code perfagent tasks}: work with task files and suites. */
@Command(name = "tasks", mixinStandardHelpOptions = true, description = "Check and calibrate task files and suites.",
        subcommands = {ValidateCommand.class, VerifyCommand.class})
public final class TasksCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: validate or verify");
    }
}
