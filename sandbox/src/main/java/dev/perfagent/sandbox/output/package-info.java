/** A sandboxed command's standard output (kept whole, capped) and standard error (trimmed), in either sandbox. */
package dev.perfagent.sandbox.output;
