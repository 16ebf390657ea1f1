package dev.perfagent.agent.cli;

import java.io.PrintWriter;

/**
 * What Ctrl-C should tell the user: the command that is running says how it resumes (optimize: its --resume; bench:
 * the same command again), and the JVM's shutdown hook prints it. The JVM then exits with 130 (128 + SIGINT), as
 * shells expect; a run that finished clears the hint, so a normal exit prints nothing.
 */
final class Interruption {
    private static volatile String resume = "";
    private static volatile boolean running;

    private Interruption() {
    }

    static void started(String howToResume) {
        resume = howToResume;
        running = true;
    }

    static void finished() {
        running = false;
    }

    /** Installed once by {@link Main#main}; never by {@link Main#run}, which tests and other front ends call. */
    static void onShutdown(PrintWriter err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!running) return;
            err.println();
            err.println("perfagent: interrupted" + (resume.isEmpty() ? "" : "; " + resume) + " (exit code 130)");
            err.flush();
        }, "perfagent-interrupted"));
    }

    static String hint() {
        return running ? resume : "";
    }
}
