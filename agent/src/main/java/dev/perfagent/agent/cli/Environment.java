package dev.perfagent.agent.cli;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The environment the commands read (API keys, OLLAMA_HOST): the process's own, or one a test or another front end
 * sets for the duration of a call.
 */
public final class Environment {
    private static final ThreadLocal<Map<String, String>> OVERRIDE = new ThreadLocal<>();

    private Environment() {
    }

    public static Map<String, String> get() {
        Map<String, String> o = OVERRIDE.get();
        return o != null ? o : System.getenv();
    }

    /** Runs {@code call} with {@code env} as the environment, then restores the previous one. */
    public static <T> T with(Map<String, String> env, Supplier<T> call) {
        Map<String, String> before = OVERRIDE.get();
        OVERRIDE.set(Map.copyOf(env));
        try {
            return call.get();
        } finally {
            if (before == null) OVERRIDE.remove();
            else OVERRIDE.set(before);
        }
    }
}
