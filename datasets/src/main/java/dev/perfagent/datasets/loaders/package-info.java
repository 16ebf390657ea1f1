/**
 * Where batch suites come from: the {@link dev.perfagent.datasets.loaders.TaskLoader} seam and its loaders for
 * native task.yaml folders, PIE records, KernelBench problem files and GSO instances. A loader reports every bad
 * record with its file (and line, for JSON lines) and goes on with the rest.
 */
package dev.perfagent.datasets.loaders;
