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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's {@code trajectory.jsonl}: one JSON object a line, appended and flushed as things happen (every prompt,
 * reply, edit and evaluation), so a run killed at any point leaves everything it finished on disk. A line torn by
 * a kill mid-write is ended when the run resumes and skipped when read back.
 */
public final class Trajectory implements AutoCloseable {
    public static final String FILE = "trajectory.jsonl";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final BufferedWriter out;

    private Trajectory(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Opens (creating or appending to) the trajectory in a run folder. */
    public static Trajectory open(Path runDir) {
        try {
            Trajectory t = new Trajectory(runDir.resolve(FILE));
            t.repairTornEnd();
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + runDir.resolve(FILE), e);
        }
    }

    /** Appends one event of this type with these fields, and flushes it to the file. */
    public synchronized void append(String type, Object fields) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", type);
        node.put("at", Instant.now().toString());
        JsonNode body = JSON.valueToTree(fields);
        if (body instanceof ObjectNode o) node.setAll(o);
        try {
            out.write(JSON.writeValueAsString(node));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    /** Every whole event of a trajectory file, in order; a torn last line is skipped. */
    public static List<JsonNode> read(Path runDir) {
        Path f = runDir.resolve(FILE);
        List<JsonNode> events = new ArrayList<>();
        if (!Files.exists(f)) return events;
        try {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                try {
                    events.add(JSON.readTree(line));
                } catch (JsonProcessingException torn) {
                    // a line torn by a kill mid-write; a resumed run ended it and went on below it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
        return events;
    }

    /** A kill mid-write leaves a line without its newline; end it so the next event starts on a line of its own. */
    private void repairTornEnd() throws IOException {
        long size = Files.size(file);
        if (size == 0) return;
        try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.READ)) {
            var buf = java.nio.ByteBuffer.allocate(1);
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
