/** How evaluations are shown to people (text) and to programs (JSON). */
package dev.perfagent.agent.report;
