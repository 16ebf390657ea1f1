package dev.perfagent.evaluators.toolchain;

import java.util.List;

/** C: {@code gcc -O2 -o prog *.c -lm}; task build flags replace {@code -O2}. */
public final class CToolchain extends NativeToolchain {
    public CToolchain() {
        super("gcc", List.of(".c"), List.of("-O2"), List.of("-lm"));
    }
}
