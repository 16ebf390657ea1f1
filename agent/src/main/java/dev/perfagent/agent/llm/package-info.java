/**
 * Proposals from language models through LangChain4j: which provider a {@code provider:model} name means, where
 * its key and endpoint come from, our own retry of transient failures, and what each call cost.
 */
package dev.perfagent.agent.llm;
