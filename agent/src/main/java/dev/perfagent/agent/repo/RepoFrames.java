package dev.perfagent.agent.repo;

import dev.perfagent.sandbox.profile.FrameFilter;

import java.util.List;
import java.util.Optional;

/**
 * A frame filter that shows only the repository's own methods: a JDK or libc frame's cost lands on the nearest
 * repository method that called it. That is the cost a rewrite of that method can remove (the String.equals calls of a
 * linear search are the search's cost), which is how hot methods are ranked for targeting.
 */
final class RepoFrames implements FrameFilter {
    static final String OUTSIDE = "outside the repository";

    private final FrameFilter base;
    private final SourceIndex index;

    RepoFrames(FrameFilter base, SourceIndex index) {
        this.base = base;
        this.index = index;
    }

    @Override
    public Optional<String> hidden(String frame) {
        Optional<String> why = base.hidden(frame);
        if (why.isPresent()) return why;
        return index.forFrame(base.display(frame)).isPresent() ? Optional.empty() : Optional.of(OUTSIDE);
    }

    @Override
    public String display(String frame) {
        return base.display(frame);
    }

    @Override
    public String pseudoFrame(List<String> stack, String leafReason) {
        return base.pseudoFrame(stack, leafReason);
    }

    @Override
    public Optional<String> wholeStack(List<String> stack) {
        return base.wholeStack(stack);
    }

    @Override
    public Optional<String> excluded(List<String> stack) {
        return base.excluded(stack);
    }
}
