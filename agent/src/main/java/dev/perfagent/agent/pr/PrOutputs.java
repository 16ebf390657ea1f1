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

/**
 * Where a PR run's result goes: summary.json and comment.md in --out, the job summary ($GITHUB_STEP_SUMMARY,
 * appended), workflow annotations on stdout, and with --comment the PR comment, created once then updated in place
 * (posted last, so a refused comment loses none of the rest).
 */
public final class PrOutputs {
    private PrOutputs() {
    }

    /** Writes every local output (nothing here can be refused by GitHub) and returns the comment's Markdown. */
    static String write(PrResult r, PrOptions o, GitHubEnv env, PrintWriter out) throws IOException {
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
        return markdown;
    }

    /**
     * Posts the comment, last of all: the results are already written and printed when GitHub refuses it, and the
     * refusal is the one line saying what to change ({@link GitHubRefusal}).
     */
    static PrComment.Posted post(GitHubEnv.Target target, String markdown, PrOptions o) throws IOException {
        try {
            return PrComment.upsert(target, markdown);
        } catch (IOException e) {
            throw GitHubRefusal.of(e, target, o.out()).orElseThrow(() -> e);
        }
    }
}
