/**
 * What the model is told: versioned templates as resources beside these classes, rendered strictly
 * ({@link dev.perfagent.prompts.Prompts}), and the formatting of feedback from plain values
 * ({@link dev.perfagent.prompts.Feedback}).
 */
package dev.perfagent.prompts;
