package dev.perfagent.agent.propose;

import dev.perfagent.datasets.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes the task's own expert solution, once: a run with it checks the whole pipeline end to end (the expert
 * must come out IMPROVED), and in batch runs it gives the suite's reference figures.
 */
public final class ExpertProposer implements Proposer {

    @Override
    public String name() {
        return "expert";
    }

    @Override
    public List<Proposal> propose(ProposalRequest request) {
        Task task = request.task();
        Path dir = task.expert().orElseThrow(() -> new ProposerException(task.id() + " has no expert solution; choose another --model"));
        Map<String, String> files = new LinkedHashMap<>();
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the expert solution in " + dir, e);
        }
        return List.of(Proposal.ofFiles(name(), "the task's expert solution", files));
    }
}
