/** Everything a user touches: the command line, reports, and (later) the agent loop. */
package dev.perfagent.agent;
