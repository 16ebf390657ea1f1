package dev.perfagent.datasets.loaders;

import java.nio.file.Path;

/**
 * Turns a suite on disk into tasks. Implementations are found by their short {@link #name()} through
 * {@link java.util.ServiceLoader} (see {@link TaskLoaders}); each needs a public no-argument constructor.
 */
public interface TaskLoader {

    /** The short name given with {@code --loader}: {@code native}, {@code pie}, {@code kernelbench}, {@code gso}. */
    String name();

    /** One line for the list of loaders shown when a name is unknown. */
    String description();

    /**
     * Reads the suite. Never throws for a bad record: it goes into {@link LoadedSuite#problems()} and is left out.
     *
     * @throws SuiteNotFoundException when the path itself cannot be a suite of this kind (a user error)
     */
    LoadedSuite load(Path suite, LoadContext context) throws SuiteNotFoundException;
}
