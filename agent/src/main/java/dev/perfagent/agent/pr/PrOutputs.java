package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Where a PR run's result goes: summary.json and comment.md in --out, the job summary ($GITHUB_STEP_SUMMARY,
 * appended), workflow annotations on stdout, and with --comment the PR comment, created once then updated in place.
 */
public final class PrOutputs {
    private PrOutputs() {
    }

    /** The comment's address when one was posted. */
    static Optional<PrComment.Posted> publish(PrResult r, PrOptions o, GitHubEnv env, Optional<GitHubEnv.Target> target,
                                              PrintWriter out) throws IOException {
        String markdown = PrMarkdown.render(r);
        Files.createDirectories(o.out());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(o.out().resolve("summary.json").toFile(), SummaryJson.of(r));
        Files.writeString(o.out().resolve("comment.md"), markdown, StandardCharsets.UTF_8);
        if (env.stepSummary().isPresent()) {
            Path summary = env.stepSummary().get();
            Files.writeString(summary, markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        List<String> annotations = Annotations.of(r, o.failOnRegression());
        annotations.forEach(out::println);
        out.flush();
        if (target.isEmpty()) return Optional.empty();
        return Optional.of(PrComment.upsert(target.get(), markdown));
    }
}
