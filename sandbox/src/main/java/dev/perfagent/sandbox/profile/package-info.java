/**
 * Where a program spends its time: profilers that run a command once inside the sandbox
 * (async-profiler for Java, perf or async-profiler for C/C++, cProfile for Python) and the ranked
 * {@link dev.perfagent.sandbox.profile.Profile} of hot frames built from what they record.
 */
package dev.perfagent.sandbox.profile;
