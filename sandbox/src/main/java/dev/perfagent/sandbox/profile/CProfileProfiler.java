package dev.perfagent.sandbox.profile;

import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Python's cProfile, started by a {@code sitecustomize.py} hook put on {@code PYTHONPATH}: deterministic
 * per-function self and cumulative times (microseconds), not stacks. Functions are named as pstats names
 * them: {@code main.py:13(main)} for the program's code (with its file and line as the source),
 * {@code {method 'split' of 'str' objects}} for built-ins. cProfile slows call-heavy code several times,
 * which shifts the shares towards functions that are called often; the ranking still points the right way.
 */
public final class CProfileProfiler implements Profiler {
    static final String HOOK = "sitecustomize.py";

    @Override
    public String name() {
        return "cProfile";
    }

    @Override
    public String unit() {
        return "microseconds";
    }

    @Override
    public Optional<String> unavailable() {
        return Executables.firstMissing(java.util.List.of("/usr/bin/python3"));
    }

    @Override
    public void install(Path folder) throws IOException {
        try (InputStream in = CProfileProfiler.class.getResourceAsStream(HOOK)) {
            if (in == null) throw new UncheckedIOException(new IOException("resource " + HOOK + " missing from the build"));
            Files.copy(in, folder.resolve(HOOK), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public ExecSpec instrument(ExecSpec run) {
        String prelude = "PYTHONPATH=\"$P${PYTHONPATH:+:$PYTHONPATH}\" PERFAGENT_PROFILE_DIR=\"$P\" exec \"$@\"";
        return Profiler.withCommand(run, Profiler.wrapped(prelude, run.command()));
    }

    @Override
    public boolean collect(Path folder, FrameCosts costs) throws IOException {
        boolean found = false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "cprofile-*.tsv")) {
            for (Path f : files) {
                found = true;
                for (String line : Workspace.readWritten(f).split("\n")) addRow(costs, line);
            }
        }
        return found;
    }

    /** "main.py\t13\tmain\t365865\t370196": one function; its self time also counts towards the run's total. */
    static void addRow(FrameCosts costs, String row) {
        String[] f = row.split("\t");
        if (f.length != 5) return;
        try {
            int line = Integer.parseInt(f[1]);
            long self = Long.parseLong(f[3]);
            long cumulative = Long.parseLong(f[4]);
            boolean builtin = f[0].equals("~") && line == 0;
            String frame = builtin ? "{" + f[2].replaceAll("^<|>$", "") + "}" : f[0] + ":" + line + "(" + f[2] + ")";
            Optional<SourceLocation> source = builtin ? Optional.empty() : Optional.of(new SourceLocation(f[0], line));
            costs.addToTotal(self);
            costs.addFunction(frame, self, cumulative, source);
        } catch (NumberFormatException e) {
            // a line cut short when the process was killed while writing
        }
    }

    @Override
    public FrameFilter filter() {
        return FrameFilter.forPython();
    }
}
