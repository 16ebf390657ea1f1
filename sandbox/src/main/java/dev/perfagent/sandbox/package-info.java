/** Runs untrusted code isolated and limited: no network, a private workspace, rlimits and a wall-clock kill. */
package dev.perfagent.sandbox;
