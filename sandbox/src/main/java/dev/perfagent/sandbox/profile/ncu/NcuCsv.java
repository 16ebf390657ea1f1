package dev.perfagent.sandbox.profile.ncu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what {@code ncu --csv --page raw --metrics …} prints: lines of its own ({@code ==PROF== …}) and of the
 * profiled program, then a header row ({@code "ID","Process ID","Process Name","Host Name","Kernel Name",…} and one
 * column per metric), a units row, and one row per kernel launch. Numbers may carry thousands separators
 * ({@code "1,048,576"}); "n/a" and empty cells are absent values.
 */
public final class NcuCsv {
    private NcuCsv() {
    }

    /** One profiled kernel launch: its name, grid and block, and the value of each metric it has. */
    public record Launch(int id, String kernel, String grid, String block, Map<String, Double> values, Map<String, String> units) {
        public Launch {
            values = Map.copyOf(values);
            units = Map.copyOf(units);
        }

        public Optional<Double> value(String metric) {
            return Optional.ofNullable(values.get(metric));
        }
    }

    public static List<Launch> parse(String output) {
        List<String> lines = output.lines().toList();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("\"ID\",")) {
                header = i;
                break;
            }
        }
        if (header < 0) return List.of();
        List<String> names = fields(lines.get(header));
        List<String> units = header + 1 < lines.size() ? fields(lines.get(header + 1)) : List.of();
        boolean unitsRow = !units.isEmpty() && units.get(0).isEmpty();
        List<Launch> launches = new ArrayList<>();
        for (int i = header + (unitsRow ? 2 : 1); i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("\"")) continue;
            List<String> f = fields(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < names.size() && c < f.size(); c++) row.put(names.get(c), f.get(c));
            Map<String, Double> values = new LinkedHashMap<>();
            Map<String, String> unitOf = new LinkedHashMap<>();
            for (int c = 0; c < names.size() && c < f.size(); c++) {
                String name = names.get(c);
                if (!name.contains("__")) continue;
                number(f.get(c)).ifPresent(v -> values.put(name, v));
                if (unitsRow && c < units.size()) unitOf.put(name, units.get(c));
            }
            int id;
            try {
                id = Integer.parseInt(row.getOrDefault("ID", "0").strip());
            } catch (NumberFormatException e) {
                id = launches.size();
            }
            launches.add(new Launch(id, row.getOrDefault("Kernel Name", "?"), row.getOrDefault("Grid Size", ""),
                    row.getOrDefault("Block Size", ""), values, unitOf));
        }
        return launches;
    }

    static Optional<Double> number(String cell) {
        String s = cell.strip().replace(",", "");
        if (s.isEmpty() || s.equalsIgnoreCase("n/a")) return Optional.empty();
        try {
            return Optional.of(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** One CSV line: quoted fields (a doubled quote inside is a quote), separated by commas. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
