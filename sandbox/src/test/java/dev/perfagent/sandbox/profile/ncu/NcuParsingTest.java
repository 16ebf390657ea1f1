package dev.perfagent.sandbox.profile.ncu;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ncu's --query-metrics listing and its --csv --page raw output, from recordings in ncu's exact formats. */
class NcuParsingTest {

    static String fixture(String name) throws IOException {
        try (InputStream in = NcuParsingTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void hopperLacksTwoOfCudaForgesMetricsAndHasTheRest() throws IOException {
        NcuCatalog h100 = NcuCatalog.parse(fixture("query-metrics-h100.txt"));
        assertThat(h100.device()).isEqualTo("NVIDIA H100 80GB HBM3 (GH100)");
        assertThat(h100.baseNames()).contains("sm__throughput", "smsp__warp_issue_stalled_mio_throttle_per_warp_active")
                .doesNotContain("Metric", "dram__bytes_read.sum");
        assertThat(h100.missing(NcuMetric.WANTED)).extracting(NcuMetric::name).containsExactly(
                "sm__inst_executed_pipe_fp32.avg.pct_of_peak_sustained_active",
                "smsp__warp_issue_stalled_memory_dependency_per_warp_active.pct");
        List<NcuMetric> selected = h100.select(NcuMetric.WANTED);
        assertThat(selected).hasSize(NcuMetric.WANTED.size() - 2);
        assertThat(selected).extracting(NcuMetric::name).contains("sm__inst_executed_pipe_fma.avg.pct_of_peak_sustained_active",
                "sm__warps_active.avg.pct_of_peak_sustained_active");
    }

    @Test
    void rawCsvGivesOneLaunchPerRowWithUnitsAndThousandsSeparators() throws IOException {
        List<NcuCsv.Launch> launches = NcuCsv.parse(fixture("raw-softmax.csv"));
        assertThat(launches).hasSize(2);
        NcuCsv.Launch softmax = launches.get(0);
        assertThat(softmax.kernel()).isEqualTo("softmax_rows_kernel(const float *, float *, int)");
        assertThat(softmax.grid()).isEqualTo("(4096, 1, 1)");
        assertThat(softmax.value("dram__bytes_read.sum")).contains(67_113_216.0);
        assertThat(softmax.value("sm__warps_active.avg.pct_of_peak_sustained_active")).contains(89.50);
        assertThat(softmax.units().get("gpu__time_duration.sum")).isEqualTo("nsecond");
        assertThat(launches.get(1).value("l1tex__t_sector_hit_rate.pct")).isEmpty();
    }

    @Test
    void theTableShowsTheLongestKernelFirstWithLabelsAndWhatTheGpuLacks() throws IOException {
        NcuCatalog h100 = NcuCatalog.parse(fixture("query-metrics-h100.txt"));
        String table = NcuTable.render(NcuCsv.parse(fixture("raw-softmax.csv")), h100.select(NcuMetric.WANTED), h100.missing(NcuMetric.WANTED));
        assertThat(table).startsWith("kernel softmax_rows_kernel (1 launch, grid (4096, 1, 1), block (1024, 1, 1))\n"
                + "  duration                         48,832 nsecond\n");
        assertThat(table).contains("  achieved occupancy               89.50 %\n")
                .contains("  stall: long scoreboard           61.27 %\n")
                .contains("kernel at::native::vectorized_elementwise_kernel (1 launch")
                .endsWith("(not on this GPU: sm__inst_executed_pipe_fp32.avg.pct_of_peak_sustained_active, "
                        + "smsp__warp_issue_stalled_memory_dependency_per_warp_active.pct)");
        assertThat(table.indexOf("softmax_rows_kernel")).isLessThan(table.indexOf("vectorized_elementwise_kernel"));
    }

    @Test
    void outputWithoutACsvHeaderHasNoLaunches() {
        assertThat(NcuCsv.parse("==PROF== ERROR: ERR_NVGPUCTRPERM - The user does not have permission\n")).isEmpty();
        assertThat(NcuTable.render(List.of(), NcuMetric.WANTED, List.of())).isEmpty();
    }
}
