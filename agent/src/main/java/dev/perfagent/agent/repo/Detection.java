package dev.perfagent.agent.repo;

import dev.perfagent.datasets.Language;

import java.util.List;
import java.util.Optional;

/**
 * What a look at a repository found: its build, the test command to use, and the benchmark when there is exactly one
 * obvious choice ({@code benches} lists every choice seen, for {@code perfagent init} and for the error that asks the
 * user to pick one).
 */
public record Detection(BuildSystem buildSystem, Language language, List<String> files, String test,
                        Optional<String> bench, List<String> benches, List<String> notes) {
    public Detection {
        files = List.copyOf(files);
        benches = List.copyOf(benches);
        notes = List.copyOf(notes);
    }
}
