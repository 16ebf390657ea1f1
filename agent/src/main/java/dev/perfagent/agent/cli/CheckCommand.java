package dev.perfagent.agent.cli;

import dev.perfagent.sandbox.SandboxUnavailableException;
import dev.perfagent.sandbox.local.LocalSandbox;
import dev.perfagent.sandbox.local.SandboxCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code perfagent sandbox check}: runs probes in the local sandbox and prints, one line each, which protections
 * hold on this machine and which fall back (docs/security.md explains each). Exit 0 when all hold, 1 when one does
 * not, 2 when there is no sandbox at all.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Probe the local sandbox on this machine and print what holds: the candidate's host uid, kernel knobs,"
                + " syscall filter, stdin, /dev, network, memory/process limits and the CPU-time counter.")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalSandbox sandbox;
        try {
            sandbox = LocalSandbox.detect();
        } catch (SandboxUnavailableException e) {
            spec.commandLine().getErr().println("perfagent: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        try (sandbox) {
            out.println("sandbox: " + sandbox.isolation());
            List<SandboxCheck.Finding> findings = SandboxCheck.run(sandbox);
            for (SandboxCheck.Finding f : findings) out.printf("  %-4s %-15s %s%n", f.holds() ? "ok" : "WEAK", f.name(), f.detail());
            long weak = findings.stream().filter(f -> !f.holds()).count();
            out.println(weak == 0 ? "all protections hold here" : weak + " protection(s) weaker here: see docs/security.md");
            return weak == 0 ? ExitCode.OK : ExitCode.NOT_MET;
        }
    }
}
