package dev.perfagent.agent.loop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The run's {@code trajectory.jsonl}: one {@link TrajectoryEvent} a line, appended and flushed as things happen
 * (every prompt, reply, edit and evaluation), so a run killed at any point leaves everything it finished on disk. A
 * line torn by a kill mid-write is ended when the run resumes and skipped when read back.
 *
 * <p>The first line of a new trajectory says its format: {@code {"type":"trajectory","format":2}}. Format 1 (runs
 * from before 2026-12-02) has no such line and the same events, so it reads the same; a format newer than
 * {@link #FORMAT} is refused with what to do, rather than half understood.
 */
public final class Trajectory implements AutoCloseable {
    public static final String FILE = "trajectory.jsonl";
    /** The format this perfagent writes and the newest it reads. */
    public static final int FORMAT = 2;
    /** The tag of the first line that carries the format. */
    static final String HEADER = "trajectory";
    /** The one mapper of trajectory lines, for writing and reading back. */
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final BufferedWriter out;

    private Trajectory(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** An event as read back, with when it was written. */
    public record Entry(Instant at, TrajectoryEvent event) {
    }

    /** A whole trajectory as read back: its format and its events in order. */
    public record Contents(int format, List<Entry> entries) {
        public Contents {
            entries = List.copyOf(entries);
        }

        public List<TrajectoryEvent> events() {
            return entries.stream().map(Entry::event).toList();
        }

        /** The events of one kind, in order. */
        public <E extends TrajectoryEvent> List<E> all(Class<E> kind) {
            return events().stream().filter(kind::isInstance).map(kind::cast).toList();
        }

        /** The run's first session start: its id, task and settings. */
        public Optional<TrajectoryEvent.RunStarted> start() {
            return TrajectoryEvent.first(events(), TrajectoryEvent.RunStarted.class);
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    /** A trajectory written by a newer perfagent: its events may mean things this one does not know. */
    public static final class NewerFormatException extends RuntimeException {
        NewerFormatException(Path file, int format) {
            super(file + " is in trajectory format " + format + ", newer than this perfagent reads (" + FORMAT
                    + "); use the perfagent that wrote it, or a newer one");
        }
    }

    /**
     * Opens (creating or appending to) the trajectory in a run folder; a new one starts with the format line. A
     * resumed format-1 trajectory stays without one: its events and the ones added are read the same.
     */
    public static Trajectory open(Path runDir) {
        try {
            Trajectory t = new Trajectory(runDir.resolve(FILE));
            if (Files.size(t.file) == 0) {
                ObjectNode header = JSON.createObjectNode().put("type", HEADER).put("format", FORMAT);
                t.writeLine(header);
            } else {
                t.repairTornEnd();
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + runDir.resolve(FILE), e);
        }
    }

    /** Appends the event, stamped with the time, and flushes it to the file. */
    public synchronized void append(TrajectoryEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", event.type());
        node.put("at", Instant.now().toString());
        JsonNode body = JSON.valueToTree(event);
        if (body instanceof ObjectNode o) node.setAll(o);
        try {
            writeLine(node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    private void writeLine(JsonNode node) throws IOException {
        out.write(JSON.writeValueAsString(node));
        out.write('\n');
        out.flush();
    }

    /**
     * Every whole event of a run folder's trajectory, in order (none when there is no trajectory). A torn line, or one
     * of a kind this format does not have, is skipped.
     */
    public static Contents read(Path runDir) {
        Path f = runDir.resolve(FILE);
        if (!Files.exists(f)) return new Contents(FORMAT, List.of());
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
        int format = 1;
        List<Entry> entries = new ArrayList<>();
        boolean first = true;
        for (String line : lines) {
            if (line.isBlank()) continue;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException torn) {
                // a line torn by a kill mid-write; a resumed run ended it and went on below it
                first = false;
                continue;
            }
            String type = node.path("type").asText();
            if (first && type.equals(HEADER)) {
                format = node.path("format").asInt(1);
                if (format > FORMAT) throw new NewerFormatException(f, format);
                first = false;
                continue;
            }
            first = false;
            Class<? extends TrajectoryEvent> kind = TrajectoryEvent.KINDS.get(type);
            if (kind == null) continue;
            Instant at = Instant.parse(node.path("at").asText(Instant.EPOCH.toString()));
            entries.add(new Entry(at, JSON.convertValue(node, kind)));
        }
        return new Contents(format, entries);
    }

    /** A kill mid-write leaves a line without its newline; end it so the next event starts on a line of its own. */
    private void repairTornEnd() throws IOException {
        long size = Files.size(file);
        if (size == 0) return;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(1);
            ch.read(buf, size - 1);
            if (buf.get(0) != '\n') {
                out.write('\n');
                out.flush();
            }
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
