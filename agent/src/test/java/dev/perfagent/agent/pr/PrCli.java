package dev.perfagent.agent.pr;

import dev.perfagent.agent.cli.Environment;
import dev.perfagent.agent.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs {@code perfagent} in-process with a given environment and keeps what it printed. */
record PrCli(int exitCode, String out, String err) {
    static PrCli run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Environment.with(env, () -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args));
        return new PrCli(code, out.toString(), err.toString());
    }

    boolean noStackTrace() {
        return !err.contains("\tat ") && !out.contains("\tat ") && !err.contains("Exception in thread");
    }

    /** The lines perfagent wrote to stderr that are not progress. */
    String lastErrLine() {
        String[] lines = err.strip().split("\n");
        return lines[lines.length - 1];
    }
}
