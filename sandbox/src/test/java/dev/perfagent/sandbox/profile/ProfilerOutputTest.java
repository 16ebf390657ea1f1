package dev.perfagent.sandbox.profile;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the profilers leave behind, read into frames: perf script's text and the cProfile hook's rows. */
class ProfilerOutputTest {

    @Test
    void perfScriptSamplesFoldIntoStacksOutermostFirst() {
        String script = """
                prog\s
                \t            9069 do_lookup_x
                \t            e460 _dl_relocate_object
                \t           1bccb _dl_start
                \t           1ab77 _start

                prog\s
                \t           7dce2 _IO_getc
                \t          108600 __gnu_cxx::stdio_sync_filebuf<char, std::char_traits<char> >::underflow
                \t            18ae main
                \t           27249 __libc_start_call_main
                \t           27304 __libc_start_main@@GLIBC_2.34
                \t            1950 _start

                prog\s
                \t            e3aa resolve_map+0x78a (inlined)
                \t            18ae main
                \t            1950 _start
                """;
        FrameCosts costs = new FrameCosts(FrameFilter.forNative());
        assertThat(PerfScript.addTo(costs, script)).isEqualTo(3);
        Profile p = costs.toProfile("perf", "samples", Optional.empty());
        assertThat(p.total()).isEqualTo(3);
        assertThat(p.frames()).extracting(HotFrame::frame).contains("_IO_getc", "main", "resolve_map", "[process start-up]")
                .doesNotContain("_start", "__libc_start_main", "do_lookup_x");
        HotFrame main = p.frames().stream().filter(f -> f.frame().equals("main")).findFirst().orElseThrow();
        assertThat(main.totalSamples()).isEqualTo(2);
    }

    @Test
    void perfSymbolsLoseOffsetsAndAnnotations() {
        assertThat(PerfScript.symbol("7dce2 _IO_getc")).isEqualTo("_IO_getc");
        assertThat(PerfScript.symbol("e3aa resolve_map+0x78a (inlined)")).isEqualTo("resolve_map");
        assertThat(PerfScript.symbol("0 [unknown]")).isEqualTo("[unknown]");
        assertThat(PerfScript.symbol("42 std::less<int>::operator()")).isEqualTo("std::less<int>::operator()");
    }

    @Test
    void cProfileRowsBecomePstatsNamedFunctionsWithTheirSource() {
        FrameCosts costs = new FrameCosts(FrameFilter.forPython());
        CProfileProfiler.addRow(costs, "main.py\t13\tmain\t900\t990");
        CProfileProfiler.addRow(costs, "~\t0\t<method 'split' of 'str' objects>\t60\t60");
        CProfileProfiler.addRow(costs, "<frozen importlib._bootstrap>\t1165\t_find_and_load\t30\t40");
        CProfileProfiler.addRow(costs, "main.py\t1\t<module>\t10\t1000");
        CProfileProfiler.addRow(costs, "cut short\t1");
        Profile p = costs.toProfile("cProfile", "microseconds", Optional.empty());
        assertThat(p.total()).isEqualTo(1000);
        assertThat(p.top(3)).extracting(HotFrame::frame)
                .containsExactly("main.py:13(main)", "{method 'split' of 'str' objects}", "main.py:1(<module>)");
        HotFrame main = p.top(1).get(0);
        assertThat(main.selfPercent()).isEqualTo(90.0);
        assertThat(main.source()).contains(new SourceLocation("main.py", 13));
        assertThat(main.describe()).doesNotContain("(main.py:13)");
        assertThat(p.hidden()).containsEntry("module import machinery", 30L);
    }
}
