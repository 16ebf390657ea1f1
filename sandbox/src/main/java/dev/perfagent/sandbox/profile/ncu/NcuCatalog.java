package dev.perfagent.sandbox.profile.ncu;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics a GPU has, read from {@code ncu --query-metrics}: a device line, a header ("Metric Name", then the
 * description or type and unit columns, by version), a dashed rule, then one metric a line with its base name first.
 * Only those base names are kept; everything else on a line is description.
 */
public record NcuCatalog(String device, Set<String> baseNames) {
    private static final Pattern NAME = Pattern.compile("^([a-z0-9_]+__[a-z0-9_]+)\\s");
    private static final Pattern DEVICE = Pattern.compile("^Device\\s+(.+?)\\s*$");

    public NcuCatalog {
        baseNames = Set.copyOf(baseNames);
    }

    public static NcuCatalog parse(String listing) {
        String device = "";
        Set<String> names = new LinkedHashSet<>();
        for (String raw : listing.split("\n")) {
            String line = raw.strip();
            Matcher d = DEVICE.matcher(line);
            if (d.matches() && device.isEmpty()) device = d.group(1);
            Matcher m = NAME.matcher(line + " ");
            if (m.find()) names.add(m.group(1));
        }
        return new NcuCatalog(device, names);
    }

    /** The wanted metrics this GPU has, in the wanted order. */
    public List<NcuMetric> select(List<NcuMetric> wanted) {
        return wanted.stream().filter(m -> baseNames.contains(m.base())).toList();
    }

    /** The wanted metrics this GPU lacks (said in the table, so a missing row is not a mystery). */
    public List<NcuMetric> missing(List<NcuMetric> wanted) {
        return wanted.stream().filter(m -> !baseNames.contains(m.base())).toList();
    }
}
