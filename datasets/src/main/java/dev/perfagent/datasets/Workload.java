package dev.perfagent.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What is timed: the program run on each input in turn (one sample is the whole list), or a command.
 *
 * @param checkOutput for a command: its standard output must be the same as the original's on every timed run (a
 *                    repository's benchmark that prints a result); off for commands that print timings
 * @param score       what one run of the command is worth: its time, or the JMH result it prints
 */
public record Workload(List<Path> inputs, Optional<String> command, boolean checkOutput, Score score) {
    /** How a run of the workload becomes a sample. */
    public enum Score {
        /** The run's own time, as the sandbox measures it. */
        TIME,
        /**
         * The command runs JMH benchmarks and prints JMH's JSON result (a repository's {@code --jmh}): the scores, as
         * seconds per operation, are the sample, and each benchmark also gets a verdict of its own.
         */
        JMH
    }

    public Workload {
        inputs = List.copyOf(inputs);
        if (score == Score.JMH && (command.isEmpty() || checkOutput)) {
            throw new IllegalArgumentException("a JMH workload is a command whose output (scores) is not checked");
        }
    }

    /** Nothing to time yet: no inputs, no command, output not checked, scored by time. */
    public static Workload defaults() {
        return new Workload(List.of(), Optional.empty(), false, Score.TIME);
    }

    /** The program run on each of {@code inputs} in turn. */
    public Workload withInputs(List<Path> inputs) {
        return new Workload(inputs, command, checkOutput, score);
    }

    /** A command that is timed instead of the program on inputs. */
    public Workload withCommand(String command) {
        return new Workload(inputs, Optional.of(command), checkOutput, score);
    }

    public Workload withCheckOutput(boolean checkOutput) {
        return new Workload(inputs, command, checkOutput, score);
    }

    public Workload withScore(Score score) {
        return new Workload(inputs, command, checkOutput, score);
    }

    /** A repository's JMH benchmarks, run by {@code command}. */
    public static Workload jmh(String command) {
        return defaults().withCommand(command).withScore(Score.JMH);
    }
}
