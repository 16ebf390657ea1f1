package dev.perfagent.agent.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.datasets.Task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * hyperfine at its defaults on the same baseline/candidate pair, for a side-by-side of the time each
 * needs to reach an answer. The pair is compiled here the way the C/C++ toolchains do.
 *
 * @param seconds     wall time hyperfine took, from start to result
 * @param meanRatio   mean(baseline) / mean(candidate) as hyperfine reports it
 * @param stddevRatio the ± hyperfine gives that ratio (propagated from both standard deviations)
 * @param runsPerSide the runs hyperfine chose for the baseline
 */
record HyperfineRun(double seconds, double meanRatio, double stddevRatio, int runsPerSide) {

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/hyperfine"));
    }

    static HyperfineRun compare(Path baselineBinary, Path candidateBinary, List<Path> inputs) throws IOException, InterruptedException {
        Path json = Files.createTempFile("perfagent-hyperfine-", ".json");
        List<String> cmd = List.of("hyperfine", "--style", "none", "--export-json", json.toString(),
                command(baselineBinary, inputs), command(candidateBinary, inputs));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IOException("hyperfine failed: " + String.join(" ", cmd));
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonNode results = new ObjectMapper().readTree(json.toFile()).get("results");
        Files.deleteIfExists(json);
        double ma = results.get(0).get("mean").asDouble();
        double sa = results.get(0).get("stddev").asDouble();
        double mb = results.get(1).get("mean").asDouble();
        double sb = results.get(1).get("stddev").asDouble();
        double ratio = ma / mb;
        double sd = ratio * Math.sqrt(Math.pow(sa / ma, 2) + Math.pow(sb / mb, 2));
        return new HyperfineRun(seconds, ratio, sd, results.get(0).get("times").size());
    }

    private static String command(Path binary, List<Path> inputs) {
        return inputs.stream().map(in -> binary + " < " + in).collect(Collectors.joining("; "));
    }

    /** Compiles the task's original (or a candidate's files over it) into {@code out/prog}. */
    static Path compile(Task task, Path overlay, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<String> files = new ArrayList<>();
        for (String rel : task.sources()) {
            Path src = overlay != null && Files.exists(overlay.resolve(rel)) ? overlay.resolve(rel) : task.sourceRoot().resolve(rel);
            Path dst = out.resolve(rel);
            Files.createDirectories(dst.getParent());
            Files.copy(src, dst, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (rel.endsWith(".c") || rel.endsWith(".cpp") || rel.endsWith(".cc")) files.add(rel);
        }
        boolean cpp = task.language().id().equals("cpp");
        List<String> cmd = new ArrayList<>(List.of(cpp ? "g++" : "gcc"));
        cmd.addAll(task.build().flags().isEmpty() ? (cpp ? List.of("-O2", "-std=c++17") : List.of("-O2")) : task.build().flags());
        cmd.addAll(List.of("-o", "prog"));
        cmd.addAll(files);
        if (!cpp) cmd.add("-lm");
        Process p = new ProcessBuilder(cmd).directory(out.toFile()).inheritIO().start();
        if (p.waitFor() != 0) throw new IOException("could not compile " + task.id() + " for hyperfine");
        return out.resolve("prog");
    }
}
