/** Judging a candidate's output against the reference, outside the sandbox. */
package dev.perfagent.evaluators.correctness;
