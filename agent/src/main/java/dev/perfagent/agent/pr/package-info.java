/**
 * PR mode: measure a pull request's head against its base (benchmark commands or JMH), flag regressions, and
 * suggest verified optimizations of the changed code; the comment, job summary and annotations GitHub shows.
 */
package dev.perfagent.agent.pr;
