package dev.perfagent.evaluators;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * When a stage may run beside other evaluators' work (perfagent bench --jobs shares one of these among its
 * evaluators): builds and correctness runs are {@link #shared} and overlap freely; measuring is {@link #exclusive},
 * so a measurement runs with no other evaluator's work beside it to disturb its timings.
 */
final class Phases {
    /** A stage of an evaluation. */
    interface Stage<T> {
        T run() throws TaskSetupException;
    }

    private final ReadWriteLock lock;

    Phases(ReadWriteLock lock) {
        this.lock = lock;
    }

    <T> T shared(Stage<T> stage) throws TaskSetupException {
        return holding(lock.readLock(), stage);
    }

    <T> T exclusive(Stage<T> stage) throws TaskSetupException {
        return holding(lock.writeLock(), stage);
    }

    private static <T> T holding(Lock held, Stage<T> stage) throws TaskSetupException {
        held.lock();
        try {
            return stage.run();
        } finally {
            held.unlock();
        }
    }
}
