/**
 * Offline, deterministic rewrite rules (the "rules" model): each {@link dev.perfagent.agent.rules.Rule} is a small value
 * that rewrites one known-slow pattern of Java, C++ or Python conservatively, and {@link
 * dev.perfagent.agent.rules.RulesProposer} turns the rules that apply to a parent into proposals.
 */
package dev.perfagent.agent.rules;
