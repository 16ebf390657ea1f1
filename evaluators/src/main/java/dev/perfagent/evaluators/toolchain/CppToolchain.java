package dev.perfagent.evaluators.toolchain;

import java.util.List;

/** C++: {@code g++ -O2 -std=c++17 -o prog *.cpp *.cc *.cxx}; task build flags replace both defaults. */
public final class CppToolchain extends NativeToolchain {
    public CppToolchain() {
        super("g++", List.of(".cpp", ".cc", ".cxx"), List.of("-O2", "-std=c++17"), List.of());
    }
}
