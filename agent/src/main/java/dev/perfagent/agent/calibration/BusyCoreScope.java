package dev.perfagent.agent.calibration;

/** A noisy neighbour, or none: closed when the calibration ends. */
public interface BusyCoreScope extends AutoCloseable {
    static BusyCoreScope of(boolean busy) {
        return busy ? BusyCore.start() : () -> { };
    }

    @Override
    void close();
}
