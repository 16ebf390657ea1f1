package dev.perfagent.agent.pr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Action's outputs ({@code verdict}, {@code regressed}, {@code summary}, {@code comment-url}), appended to the
 * file GitHub names in {@code $GITHUB_OUTPUT}, so a later step can read {@code steps.<id>.outputs.verdict} without
 * parsing summary.json. Outside Actions there is no such file and nothing is written.
 */
final class StepOutputs {
    private StepOutputs() {
    }

    static void write(Map<String, String> environment, PrResult r, Path summary, Optional<String> commentUrl) throws IOException {
        String file = environment.get("GITHUB_OUTPUT");
        if (file == null || file.isBlank()) return;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("verdict", r.verdict());
        values.put("regressed", String.valueOf(r.regressions() > 0 || r.failsGate()));
        values.put("summary", summary.toString());
        values.put("comment-url", commentUrl.orElse(""));
        StringBuilder b = new StringBuilder();
        // single-line values only: the name=value form needs no delimiter
        values.forEach((k, v) -> b.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        Files.writeString(Path.of(file), b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
