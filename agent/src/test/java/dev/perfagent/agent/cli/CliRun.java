package dev.perfagent.agent.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** No Java stack trace leaked to the user. */
    boolean noStackTrace() {
        return !err.contains("\tat ") && !out.contains("\tat ") && !err.contains("Exception in thread");
    }
}
