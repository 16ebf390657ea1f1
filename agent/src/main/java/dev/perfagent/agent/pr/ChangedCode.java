package dev.perfagent.agent.pr;

/**
 * A method or function the PR changed (or, for languages perfagent does not parse, the span of a file's changes).
 *
 * @param path         file path relative to the repository root
 * @param name         qualified name: {@code com.acme.Parser.parse(String)}, {@code Report.render}, or {@code path:lines}
 * @param lines        where it is in the head commit
 * @param changedLines how many of its lines the PR added or changed: the ranking when no profile is available
 */
record ChangedCode(String path, String name, LineRange lines, int changedLines) {
}
