/** Tasks: what is to be made faster, how it is built, judged and timed, and where tasks come from. */
package dev.perfagent.datasets;
