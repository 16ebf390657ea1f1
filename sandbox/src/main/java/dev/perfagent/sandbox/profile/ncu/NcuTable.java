package dev.perfagent.sandbox.profile.ncu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The short table the model (and the judge) is shown: per kernel (the launches of one kernel averaged), each metric
 * that has a value, with its label and unit; at most {@link #KERNELS} kernels, the longest-running first.
 */
public final class NcuTable {
    public static final int KERNELS = 4;

    private NcuTable() {
    }

    public static String render(List<NcuCsv.Launch> launches, List<NcuMetric> metrics, List<NcuMetric> missing) {
        if (launches.isEmpty()) return "";
        Map<String, List<NcuCsv.Launch>> byKernel = new LinkedHashMap<>();
        for (NcuCsv.Launch l : launches) byKernel.computeIfAbsent(shortName(l.kernel()), k -> new ArrayList<>()).add(l);
        List<Map.Entry<String, List<NcuCsv.Launch>>> kernels = new ArrayList<>(byKernel.entrySet());
        kernels.sort((a, b) -> Double.compare(total(b.getValue()), total(a.getValue())));
        StringBuilder s = new StringBuilder();
        for (var k : kernels.subList(0, Math.min(KERNELS, kernels.size()))) {
            NcuCsv.Launch first = k.getValue().get(0);
            s.append("kernel ").append(k.getKey()).append(" (").append(k.getValue().size()).append(" launch")
                    .append(k.getValue().size() == 1 ? "" : "es").append(", grid ").append(first.grid()).append(", block ")
                    .append(first.block()).append(")\n");
            for (NcuMetric m : metrics) {
                double sum = 0;
                int n = 0;
                for (NcuCsv.Launch l : k.getValue()) {
                    if (l.value(m.name()).isPresent()) {
                        sum += l.value(m.name()).get();
                        n++;
                    }
                }
                if (n == 0) continue;
                String unit = first.units().getOrDefault(m.name(), "");
                s.append(String.format(Locale.ROOT, "  %-32s %s%n", m.label(), format(sum / n, unit)));
            }
        }
        if (kernels.size() > KERNELS) s.append("(").append(kernels.size() - KERNELS).append(" shorter kernels not shown)\n");
        if (!missing.isEmpty()) {
            s.append("(not on this GPU: ").append(String.join(", ", missing.stream().map(NcuMetric::name).toList())).append(")\n");
        }
        return s.toString().stripTrailing();
    }

    private static double total(List<NcuCsv.Launch> launches) {
        return launches.stream().mapToDouble(l -> l.value("gpu__time_duration.sum").orElse(0.0)).sum();
    }

    static String format(double v, String unit) {
        String u = unit.isBlank() ? "" : " " + unit;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d%s", (long) v, u);
        return String.format(Locale.ROOT, "%.2f%s", v, u);
    }

    /** "softmax_rows_kernel(const float *, float *, int)" → "softmax_rows_kernel"; templates keep their name only. */
    static String shortName(String kernel) {
        int paren = kernel.indexOf('(');
        String s = paren < 0 ? kernel : kernel.substring(0, paren);
        int lt = s.indexOf('<');
        if (lt > 0) s = s.substring(0, lt);
        s = s.strip();
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }
}
