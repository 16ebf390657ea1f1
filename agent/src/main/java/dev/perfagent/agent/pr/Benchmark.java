package dev.perfagent.agent.pr;

import dev.perfagent.evaluators.measure.Trial;
import dev.perfagent.sandbox.Workspace;

/** One thing timed on both sides of a PR: a shell command, or one JMH benchmark (with one set of its parameters). */
interface Benchmark {

    /** As shown in the table: the command, or JMH's benchmark name with its parameters. */
    String name();

    /** One sample of this benchmark in a checkout: one run of the command, or one JMH fork. */
    Trial trial(Workspace checkout, CheckoutRunner runner);

    /** A sample's value as a reader wants it: "1.234 s", "12.5 ns/op", "8.1k ops/s". */
    String format(double sampleValue);
}
