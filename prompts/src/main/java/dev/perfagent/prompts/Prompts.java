package dev.perfagent.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates, as resources next to this class: {@code <name>.<version>.system.txt} and
 * {@code <name>.<version>.user.txt} for a prompt, {@code <name>.<version>.txt} for a fragment reused by other code.
 * A template id is {@code name.version} ("optimize.v1"); a new wording is a new version beside the old one, so that
 * recorded trajectories keep naming the exact text that produced them.
 */
public final class Prompts {
    private Prompts() {
    }

    /** Asks for faster versions of the editable files. */
    public static final String OPTIMIZE = "optimize.v1";
    /** Asks to fix a candidate that did not build, was wrong, or whose edits could not be applied. */
    public static final String REPAIR = "repair.v1";
    /** Asks a judge model to review a candidate and its measurements and name the one change to make next. */
    public static final String JUDGE = "judge.v1";
    /** Asks for a faster CUDA kernel (KernelBench's ModelNew with load_inline, or a .cu kernel) for a kernel task. */
    public static final String KERNEL = "kernel.v1";
    /** Fragment: how to write edits (search/replace blocks), with {{path}} as the example file. */
    public static final String EDIT_FORMAT = "edit-format.v1";

    public static final List<String> PROMPTS = List.of(OPTIMIZE, REPAIR, JUDGE, KERNEL);

    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    /** Renders both parts of a prompt; every variable either part mentions must be in {@code vars}. */
    public static Prompt render(String templateId, Map<String, String> vars) {
        if (!PROMPTS.contains(templateId)) {
            throw new PromptException("unknown prompt template " + templateId + "; known: " + String.join(", ", PROMPTS));
        }
        int dot = templateId.lastIndexOf('.');
        return new Prompt(templateId.substring(0, dot), templateId.substring(dot + 1),
                template(templateId + ".system.txt").render(vars), template(templateId + ".user.txt").render(vars));
    }

    /** Renders a fragment ({@link #EDIT_FORMAT}) for code that composes its own text. */
    public static String fragment(String fragmentId, Map<String, String> vars) {
        return template(fragmentId + ".txt").render(vars);
    }

    private static Template template(String resource) {
        return CACHE.computeIfAbsent(resource, r -> Template.parse(r, load(r)));
    }

    private static String load(String resource) {
        try (InputStream in = Prompts.class.getResourceAsStream(resource)) {
            if (in == null) throw new PromptException("prompt template " + resource + " is not in the jar (dev/perfagent/prompts/)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PromptException("prompt template " + resource + " could not be read: " + e.getMessage());
        }
    }
}
