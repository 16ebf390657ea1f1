/**
 * Edit formats: turning a model's reply (search/replace blocks, unified diffs or whole files) into new file contents,
 * or into short feedback that tells the model what was wrong with its reply. Nothing here throws on any reply.
 */
package dev.perfagent.agent.edit;
