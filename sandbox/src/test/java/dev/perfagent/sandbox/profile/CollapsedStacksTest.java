package dev.perfagent.sandbox.profile;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CollapsedStacksTest {

    private static Profile rank(String collapsed, FrameFilter filter) {
        FrameCosts costs = new FrameCosts(filter);
        CollapsedStacks.addTo(costs, collapsed);
        return costs.toProfile("test", "samples", Optional.empty());
    }

    private static HotFrame frame(Profile p, String name) {
        return p.frames().stream().filter(f -> f.frame().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " not in " + p.frames()));
    }

    @Test
    void selfIsTheLeafAndTotalCountsEveryStackAFrameIsOn() {
        Profile p = rank("""
                main;parse;strtol 10
                main;parse 5
                main;sort;compare 60
                main 25
                """, FrameFilter.none());
        assertThat(p.total()).isEqualTo(100);
        assertThat(p.top(3)).extracting(HotFrame::frame).containsExactly("compare", "main", "strtol");
        assertThat(frame(p, "parse").selfSamples()).isEqualTo(5);
        assertThat(frame(p, "parse").totalSamples()).isEqualTo(15);
        assertThat(frame(p, "main").totalPercent()).isEqualTo(100.0);
        assertThat(frame(p, "sort").selfPercent()).isZero();
        assertThat(frame(p, "sort").totalPercent()).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void recursionCountsOncePerStack() {
        // fib calls itself: a stack with fib three times deep is still one stack's worth of fib's total
        Profile p = rank("""
                main;fib;fib;fib 30
                main;fib;fib;fib;add 10
                main;fib 10
                main;print 50
                """, FrameFilter.none());
        HotFrame fib = frame(p, "fib");
        assertThat(fib.totalSamples()).isEqualTo(50);
        assertThat(fib.totalPercent()).isEqualTo(50.0);
        assertThat(fib.selfSamples()).isEqualTo(40);
        assertThat(p.topByTotal(2)).extracting(HotFrame::frame).containsExactly("main", "fib");
    }

    @Test
    void mergingRunsAddsUp() {
        FrameCosts costs = new FrameCosts(FrameFilter.none());
        CollapsedStacks.addTo(costs, "main;work 30\n");
        CollapsedStacks.addTo(costs, "main;work 10\nmain;io 60\n");
        Profile p = costs.toProfile("test", "samples", Optional.empty());
        assertThat(p.total()).isEqualTo(100);
        assertThat(frame(p, "work").selfSamples()).isEqualTo(40);
        assertThat(p.top(1).get(0).frame()).isEqualTo("io");
    }

    @Test
    void framesWithSpacesAndMalformedLinesAreHandled() {
        FrameCosts costs = new FrameCosts(FrameFilter.none());
        int read = CollapsedStacks.addTo(costs, """
                main;std::vector<std::pair<std::string, int> >::push_back 7
                garbage without a count
                main;x notanumber

                main 3
                """);
        assertThat(read).isEqualTo(2);
        Profile p = costs.toProfile("test", "samples", Optional.empty());
        assertThat(p.top(1).get(0).frame()).isEqualTo("std::vector<std::pair<std::string, int> >::push_back");
        assertThat(p.total()).isEqualTo(10);
    }

    @Test
    void nativeStartUpAndUnknownFramesAreHiddenAndTheirCostMovesToTheCaller() {
        Profile p = rank("""
                _start;__libc_start_main@@GLIBC_2.34;__libc_start_call_main;main;__memcmp_evex_movbe 70
                _start;__libc_start_main@@GLIBC_2.34;__libc_start_call_main;main;[unknown] 10
                _start;__libc_start_main@@GLIBC_2.34;__libc_start_call_main;main 15
                _dl_start;_dl_relocate_object;do_lookup_x 5
                """, FrameFilter.forNative());
        assertThat(p.frames()).extracting(HotFrame::frame).doesNotContain("_start", "__libc_start_call_main", "[unknown]", "do_lookup_x")
                .contains("[process start-up]");
        assertThat(frame(p, "main").selfSamples()).as("[unknown] under main counts as main's own").isEqualTo(25);
        assertThat(frame(p, "__memcmp_evex_movbe").selfPercent()).isEqualTo(70.0);
        assertThat(p.hidden()).containsEntry("unresolved address", 10L);
    }

    @Test
    void jvmInternalsRollUpToTheJavaMethodAndThreadsWithoutJavaBecomePseudoFrames() {
        Profile p = rank("""
                Main.main_[0];java/lang/invoke/LambdaForm$MH.0x00007f.invoke_[j];java/lang/StringConcatHelper.newArray_[j];jdk/internal/misc/Unsafe.allocateUninitializedArray_[j];_new_array_Java;OptoRuntime::new_array_C;__memset_avx512_unaligned_erms 40
                Main.main_[0];java/lang/invoke/LambdaForm$MH.0x00007f.invoke_[j];java/lang/StringConcatHelper.prepend_[i] 20
                Main.main_[0];Interpreter 10
                clone3;start_thread;thread_native_entry;Thread::call_run;VMThread::run;VM_GenCollectForAllocation::doit;DefNewGeneration::collect 20
                clone3;start_thread;thread_native_entry;Thread::call_run;CompileBroker::compiler_thread_loop;C2Compiler::compile_method;PhaseChaitin::Register_Allocate 10
                """, FrameFilter.forJava());
        assertThat(p.total()).as("the JIT compiler's samples are left out").isEqualTo(90);
        assertThat(p.excluded()).containsEntry("JIT compiler threads (beside the program)", 10L);
        assertThat(frame(p, "jdk.internal.misc.Unsafe.allocateUninitializedArray").selfSamples()).isEqualTo(40);
        assertThat(frame(p, "java.lang.StringConcatHelper.prepend").selfSamples()).isEqualTo(20);
        assertThat(frame(p, "Main.main").selfSamples()).as("the interpreter's own frames count as the method's").isEqualTo(10);
        assertThat(frame(p, "Main.main").totalSamples()).isEqualTo(70);
        assertThat(frame(p, "[garbage collection]").selfSamples()).isEqualTo(20);
        assertThat(p.frames()).extracting(HotFrame::frame).noneMatch(f -> f.contains("LambdaForm") || f.contains("::") || f.contains("_["));
        assertThat(p.hidden()).containsEntry("JVM runtime internals", 70L);
    }

    @Test
    void summaryListsTheHottestFramesOrSaysWhyThereAreNone() {
        Profile p = rank("main;work 3\nmain 1\n", FrameFilter.none());
        assertThat(p.summary(1)).contains("test, 4 samples").contains("75.0% self").contains("work").doesNotContain("main\n");
        assertThat(Profile.unavailable("perf", "perf not found: install it").summary(5)).isEqualTo("no profile: perf not found: install it");
        assertThat(Profile.unavailable("perf", "x").isEmpty()).isTrue();
        assertThat(new Profile("t", "samples", 0, java.util.List.of(), Map.of(), Map.of(), Optional.empty()).isEmpty()).isTrue();
    }
}
