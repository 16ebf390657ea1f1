package dev.perfagent.evaluators.toolchain;

import java.util.List;

/**
 * CUDA C++: {@code nvcc -O3 -std=c++17 -o prog *.cu *.cpp}, a plain kernel task's harness and kernel in one program.
 * nvcc compiles without a GPU, so a build (a compile check) works on any machine with the CUDA toolkit.
 */
public final class CudaToolchain extends NativeToolchain {
    public CudaToolchain() {
        super("nvcc", List.of(".cu", ".cpp"), List.of("-O3", "-std=c++17"), List.of());
    }
}
