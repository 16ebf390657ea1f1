package dev.perfagent.prompts;

/**
 * One frame of a profile: a function or method and the share of samples in it ({@code selfPercent}) and in it or
 * what it calls ({@code totalPercent}), both 0–100.
 */
public record HotFrame(String frame, double selfPercent, double totalPercent) {
}
