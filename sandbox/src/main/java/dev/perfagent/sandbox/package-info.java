/**
 * Runs untrusted code isolated and limited: no network, a private workspace, rlimits and a wall-clock kill. This
 * package is the shared contract ({@link dev.perfagent.sandbox.Sandbox}, {@link dev.perfagent.sandbox.ExecSpec},
 * {@link dev.perfagent.sandbox.ExecResult}, {@link dev.perfagent.sandbox.Limits},
 * {@link dev.perfagent.sandbox.Workspace}, {@link dev.perfagent.sandbox.Sandboxes}); the implementations are in
 * {@code sandbox.local} (bubblewrap/unshare on this host) and {@code sandbox.container} (a Docker container). The
 * sandbox knows nothing of tasks: how a task's language is built and run, and the limits a task asks for, are the
 * evaluators' ({@code dev.perfagent.evaluators.toolchain}).
 */
package dev.perfagent.sandbox;
