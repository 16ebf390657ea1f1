package dev.perfagent.agent.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A process spinning on a core for as long as it is open: the noisy neighbour the calibration runs beside. */
final class BusyCore implements BusyCoreScope {
    private final Process process;

    private BusyCore(Process process) {
        this.process = process;
    }

    static BusyCore start() {
        try {
            return new BusyCore(new ProcessBuilder("/bin/sh", "-c", "while :; do :; done").redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
