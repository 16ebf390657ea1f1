package dev.perfagent.agent.repo;

/**
 * A hot method of the repository: the cost of its own code and of the library code it calls directly
 * ({@code self}), and of everything below it ({@code total}), in the profile's unit and as percentages of the run.
 */
public record Target(SourceMethod method, long self, long total, double selfPercent, double totalPercent) {
}
