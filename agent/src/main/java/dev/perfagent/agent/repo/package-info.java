/**
 * Repository mode: {@code perfagent optimize --repo DIR} on a project with its own build, tests and benchmark.
 * The repository is copied, profiled, its hot methods become the editable files of a {@code repo} task, and the
 * ordinary loop and evaluator do the rest; the user's working tree changes only on {@code --apply} or
 * {@code --branch}.
 */
package dev.perfagent.agent.repo;
