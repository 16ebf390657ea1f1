package dev.perfagent.datasets.loaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON-lines file record by record; a line that is not a JSON object becomes a problem with its line number. */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A parsed line: its 1-based number, the object, and the raw text (fingerprints use it). */
    record Line(Path file, int number, JsonNode node, String text) {
        RecordProblem problem(String message) {
            return new RecordProblem(file, number, message);
        }

        /** A field's text, or null when missing, null or not a string. */
        String string(String field) {
            JsonNode v = node.get(field);
            return v == null || !v.isTextual() ? null : v.asText();
        }

        /** The first of the fields present as a string (for the two spellings of PIE's records). */
        String firstString(String... fields) {
            for (String f : fields) {
                String s = string(f);
                if (s != null) return s;
            }
            return null;
        }
    }

    private JsonLines() {
    }

    static List<Line> read(Path file, List<RecordProblem> problems) {
        List<Line> lines = new ArrayList<>();
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new RecordProblem(file, 0, "cannot be read: " + e.getMessage()));
            return lines;
        }
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            if (text.isBlank()) continue;
            try {
                JsonNode node = JSON.readTree(text);
                if (node == null || !node.isObject()) {
                    problems.add(new RecordProblem(file, i + 1, "not a JSON object"));
                } else {
                    lines.add(new Line(file, i + 1, node, text));
                }
            } catch (JsonProcessingException e) {
                problems.add(new RecordProblem(file, i + 1, "not valid JSON: " + firstLine(e.getOriginalMessage())));
            }
        }
        return lines;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
