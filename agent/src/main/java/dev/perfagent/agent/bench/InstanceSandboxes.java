package dev.perfagent.agent.bench;

import dev.perfagent.datasets.loaders.GsoInstance;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.SandboxUnavailableException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code --sandbox container} for suites whose tasks each run in an image of their own (GSO instances): the image is
 * {@code --image} ({@code {id}} in it stands for the instance id), else the one the record names. Before any attempt
 * every image the slice needs must be here — pulled first with {@code --pull}, where a registry is reachable — or the
 * run stops with one line saying how to get it. A sandbox per image is started on first use and stopped with the run.
 */
public final class InstanceSandboxes implements AutoCloseable {
    private final Optional<String> image;
    private final boolean pull;
    private final Function<String, Sandbox> opener;
    private final ContainerImages images;
    private final Map<String, Sandbox> open = new LinkedHashMap<>();

    /** @param opener starts the container sandbox for an image (a missing one is a {@link SandboxUnavailableException}) */
    public InstanceSandboxes(Optional<String> image, boolean pull, Function<String, Sandbox> opener, ContainerImages images) {
        this.image = image;
        this.pull = pull;
        this.opener = opener;
        this.images = images;
    }

    /** The image an instance runs in, or empty when neither --image nor the record names one. */
    public Optional<String> imageFor(GsoInstance instance) {
        if (image.isPresent()) return Optional.of(image.get().replace("{id}", instance.id()));
        return instance.image().isBlank() ? Optional.empty() : Optional.of(instance.image());
    }

    /** Every image the instances need is here (pulled first with --pull); else one line saying what to do. */
    void check(Collection<GsoInstance> instances) throws BenchInputException {
        TreeSet<String> needed = new TreeSet<>();
        for (GsoInstance i : instances) {
            Optional<String> name = imageFor(i);
            if (name.isEmpty()) {
                throw new BenchInputException("instance " + i.id() + " names no container image (instance_image_tag '" + i.imageTag()
                        + "' alone is not an image name): give the image you built for it with --image NAME ({id} stands for the instance id)");
            }
            needed.add(name.get());
        }
        for (String name : needed) {
            if (images.present(name)) continue;
            if (!pull) {
                throw new BenchInputException("image " + name + " is not here: build it locally (docker build or import) and give it with --image NAME,"
                        + " or add --pull where a registry is reachable");
            }
            Optional<String> failed = images.pull(name);
            if (failed.isPresent()) {
                throw new BenchInputException("cannot pull " + name + " (" + failed.get() + "): without a reachable registry,"
                        + " build the image locally (docker build or import) and give it with --image NAME, without --pull");
            }
        }
    }

    /** The container sandbox of the instance's image, started on first use. */
    synchronized Sandbox forInstance(GsoInstance instance) throws TaskSetupException {
        String name = imageFor(instance).orElseThrow(() -> new TaskSetupException(instance.id() + ": no container image"));
        Sandbox s = open.get(name);
        if (s != null) return s;
        try {
            s = opener.apply(name);
        } catch (SandboxUnavailableException e) {
            throw new TaskSetupException(instance.id() + ": " + e.getMessage());
        }
        open.put(name, s);
        return s;
    }

    @Override
    public synchronized void close() {
        for (Sandbox s : open.values()) {
            try {
                s.close();
            } catch (Exception ignored) {
                // a container that does not stop cleanly is the engine's to reap
            }
        }
        open.clear();
    }
}
