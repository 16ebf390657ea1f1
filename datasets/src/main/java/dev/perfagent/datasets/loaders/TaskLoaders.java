package dev.perfagent.datasets.loaders;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The loaders on the class path, by short name (META-INF/services/dev.perfagent.datasets.loaders.TaskLoader). */
public final class TaskLoaders {
    private TaskLoaders() {
    }

    public static Map<String, TaskLoader> all() {
        Map<String, TaskLoader> byName = new TreeMap<>();
        for (TaskLoader l : ServiceLoader.load(TaskLoader.class, TaskLoaders.class.getClassLoader())) {
            byName.put(l.name(), l);
        }
        return byName;
    }

    /** The loader of that name; an unknown name gets a message listing the valid ones. */
    public static TaskLoader named(String name) throws UnknownLoaderException {
        Map<String, TaskLoader> all = all();
        TaskLoader l = all.get(name);
        if (l == null) {
            String valid = all.values().stream().map(x -> x.name() + " (" + x.description() + ")").collect(Collectors.joining(", "));
            throw new UnknownLoaderException("loader '" + name + "' is unknown; valid loaders: " + valid);
        }
        return l;
    }

    /** An unknown loader name; the message lists the valid ones. */
    public static final class UnknownLoaderException extends Exception {
        public UnknownLoaderException(String message) {
            super(message);
        }
    }
}
