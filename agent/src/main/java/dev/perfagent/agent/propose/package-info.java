/** Proposers: where candidate changes come from (models, offline rules, recorded replies, the expert). */
package dev.perfagent.agent.propose;
