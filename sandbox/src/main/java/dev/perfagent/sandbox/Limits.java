package dev.perfagent.sandbox;

import java.time.Duration;

/**
 * What one sandboxed process tree may use.
 *
 * @param wallTime      killed (whole process group) after this long
 * @param cpuTime       RLIMIT_CPU
 * @param memoryBytes   memory each process may commit (RLIMIT_DATA: heap, anonymous mappings, thread stacks; not the
 *                      address space the JVM only reserves); the Java toolchain sizes -Xmx to fit under it
 * @param processes     RLIMIT_NPROC inside the sandbox's own user
 * @param fileSizeBytes RLIMIT_FSIZE: the largest file the process may write
 * @param openFiles     RLIMIT_NOFILE
 * @param outputBytes   stdout (or stderr) bytes at most; past it the process is killed
 */
public record Limits(Duration wallTime, Duration cpuTime, long memoryBytes, int processes, long fileSizeBytes,
                     int openFiles, long outputBytes) {

    public static final long MIB = 1024L * 1024;

    /** Limits for building: compilers need more room and time than the program they build. */
    public static Limits forBuild() {
        return new Limits(Duration.ofMinutes(5), Duration.ofMinutes(5), 4096 * MIB, 256, 512 * MIB, 1024, 8 * MIB);
    }

    /**
     * Limits for running a program: {@code time} of wall time (a second more of CPU time), {@code memoryBytes} of
     * memory, and the fixed process, file and output bounds every run gets.
     */
    public static Limits forRun(Duration time, long memoryBytes) {
        return new Limits(time, time.plusSeconds(1), memoryBytes, 64, 64 * MIB, 256, 64 * MIB);
    }

    public Limits withWallTime(Duration d) {
        return new Limits(d, cpuTime.compareTo(d) < 0 ? d : cpuTime, memoryBytes, processes, fileSizeBytes, openFiles, outputBytes);
    }

    public Limits withMemory(long bytes) {
        return new Limits(wallTime, cpuTime, bytes, processes, fileSizeBytes, openFiles, outputBytes);
    }

    public Limits withProcesses(int n) {
        return new Limits(wallTime, cpuTime, memoryBytes, n, fileSizeBytes, openFiles, outputBytes);
    }
}
