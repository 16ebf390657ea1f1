package dev.perfagent.agent.cli;

import dev.perfagent.agent.calibration.BusyCoreScope;
import dev.perfagent.agent.calibration.Calibration;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code perfagent calibrate}: measure this machine's false-positive rate, power and time to a verdict. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Measure the verdict rule on this machine: false IMPROVED/REGRESSED rates over A/A comparisons, "
                + "power to detect a known small speedup, and time to a verdict beside hyperfine.")
public final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--aa-task", paramLabel = "DIR", defaultValue = "datasets/suites/examples/cpp-range-sums",
            description = "task whose original is compared with itself (default: ${DEFAULT-VALUE})")
    Path aaTask;

    @Option(names = "--pair-task", paramLabel = "DIR", defaultValue = "bench/calibration",
            description = "task whose expert is a known small speedup over its original (default: ${DEFAULT-VALUE})")
    Path pairTask;

    @Option(names = "--aa", paramLabel = "N", defaultValue = "100", description = "A/A comparisons (default: ${DEFAULT-VALUE})")
    int aa;

    @Option(names = "--power", paramLabel = "N", defaultValue = "40", description = "trials of the known speedup (default: ${DEFAULT-VALUE})")
    int power;

    @Option(names = "--beside-hyperfine", paramLabel = "N", defaultValue = "5",
            description = "side-by-side timings with hyperfine (default: ${DEFAULT-VALUE}; 0 to skip)")
    int hyperfine;

    @Option(names = "--busy", negatable = true, defaultValue = "true",
            description = "keep another core busy with a spinning process while measuring (default: on)")
    boolean busy;

    @Mixin
    MeasureOptions measure;

    @Mixin
    SandboxOptions sandboxOptions;

    @Mixin
    ConfigOption configOption;

    @Override
    public Integer call() throws Exception {
        if (aa < 0 || power < 0 || hyperfine < 0) throw new UserError("--aa, --power and --beside-hyperfine must not be negative");
        Task aaT = TaskArgument.load(aaTask);
        Task pairT = TaskArgument.load(pairTask);
        if (pairT.expert().isEmpty()) throw new UserError(pairTask + " has no expert solution to serve as the known speedup");
        var out = spec.commandLine().getOut();
        try (Sandbox sandbox = sandboxOptions.open(aaT); BusyCoreScope noise = BusyCoreScope.of(busy)) {
            out.printf("calibration: sandbox %s; %d cores; other core busy: %s%n", sandbox.name(),
                    Runtime.getRuntime().availableProcessors(), busy ? "yes" : "no");
            Calibration c = new Calibration(sandbox, measure.toOptions().plan(), out);
            if (aa > 0) c.aa(aaT, aa);
            if (power > 0) c.power(pairT, power);
            if (hyperfine > 0) c.beside(pairT, hyperfine);
        } catch (TaskSetupException e) {
            throw new UserError(e.getMessage());
        }
        return ExitCode.OK;
    }
}
