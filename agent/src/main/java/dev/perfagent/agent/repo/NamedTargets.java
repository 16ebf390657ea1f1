package dev.perfagent.agent.repo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the user named to optimize ({@code --target FILE[:FUNCTION]}, {@code repo.targets}): those files are the
 * editable ones whatever the profile says, and the named functions are the targets the prompt describes. A name that
 * matches nothing, or a file the model may never edit, stops the run with one line.
 */
final class NamedTargets {
    /** @param method the named function, or empty when the whole file was named */
    record Named(String file, Optional<SourceMethod> method) {
    }

    private NamedTargets() {
    }

    static List<Named> resolve(RepoSetup setup, List<String> files, SourceIndex index) throws RepoOptimize.RepoException {
        List<Named> out = new ArrayList<>();
        for (String spec : setup.named()) {
            int colon = spec.lastIndexOf(':');
            String file = colon > 0 ? spec.substring(0, colon) : spec;
            String function = colon > 0 ? spec.substring(colon + 1) : "";
            file = file.replace('\\', '/').replaceFirst("^\\./", "");
            if (!files.contains(file)) {
                String f = file;
                List<String> near = files.stream().filter(x -> x.endsWith("/" + f)).toList();
                if (near.size() == 1) file = near.get(0);
                else throw new RepoOptimize.RepoException("--target " + spec + ": no file " + file + " in the repository"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?"));
            }
            if (!setup.mayEdit(file)) {
                throw new RepoOptimize.RepoException("--target " + spec + ": " + file + " is a test, build or benchmark file, which the model may not edit");
            }
            if (function.isEmpty()) {
                out.add(new Named(file, Optional.empty()));
                continue;
            }
            String f = file;
            List<SourceMethod> in = index.methods().stream().filter(m -> m.file().equals(f)).toList();
            Optional<SourceMethod> m = in.stream().filter(x -> x.name().equals(function) || x.key().equals(function)
                    || x.key().endsWith("." + function) || x.key().endsWith("::" + function)).findFirst();
            if (m.isEmpty()) {
                throw new RepoOptimize.RepoException("--target " + spec + ": no function " + function + " in " + file
                        + (in.isEmpty() ? "" : "; it defines " + String.join(", ", in.stream().map(SourceMethod::name).distinct().limit(12).toList())));
            }
            out.add(new Named(file, m));
        }
        return out;
    }

    static List<String> files(List<Named> named) {
        Set<String> out = new LinkedHashSet<>();
        named.forEach(n -> out.add(n.file()));
        return List.copyOf(out);
    }

    /**
     * The targets among the named: each named function (with its profile cost, or none), and for a file named alone its
     * hottest methods in the profile, else its first {@code perFile} methods.
     */
    static List<Target> targets(List<Named> named, List<Target> ranked, SourceIndex index, int perFile) {
        List<Target> out = new ArrayList<>();
        for (Named n : named) {
            if (n.method().isPresent()) {
                SourceMethod m = n.method().get();
                out.add(ranked.stream().filter(t -> t.method().key().equals(m.key())).findFirst().orElse(new Target(m, 0, 0, 0, 0)));
                continue;
            }
            List<Target> hot = ranked.stream().filter(t -> t.method().file().equals(n.file())).limit(perFile).toList();
            if (!hot.isEmpty()) out.addAll(hot);
            else index.methods().stream().filter(m -> m.file().equals(n.file())).limit(perFile).forEach(m -> out.add(new Target(m, 0, 0, 0, 0)));
        }
        return out.stream().distinct().toList();
    }
}
