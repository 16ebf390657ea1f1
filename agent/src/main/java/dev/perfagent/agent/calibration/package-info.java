/**
 * Measures the measurement: how often an A/A comparison is wrongly called faster or slower, how often a
 * known small speedup is found, and how long a verdict takes next to hyperfine.
 */
package dev.perfagent.agent.calibration;
