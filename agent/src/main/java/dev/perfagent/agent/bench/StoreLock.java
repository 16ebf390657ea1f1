package dev.perfagent.agent.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two bench runs off one store: both would run the same attempts and the second to finish would be refused
 * by the store's key. The lock is on a file beside the store, not on the store, because SQLite's own POSIX locks on
 * the database file would be dropped by any other lock or close on it in this process. The operating system
 * releases the lock when the process dies, so a killed run never blocks its resume; the file itself may stay.
 */
final class StoreLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static StoreLock acquire(Path store) throws IOException, StoreMismatchException {
        Path file = store.resolveSibling(store.getFileName() + ".lock");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();   // null when another process holds it
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;                // held by this JVM (a second run in-process)
        }
        if (lock == null) {
            channel.close();
            throw new StoreMismatchException("another perfagent bench is running on " + store + "; wait for it or give another --store");
        }
        return new StoreLock(file, channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
        Files.deleteIfExists(file);
    }
}
