package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.Language;
import dev.perfagent.sandbox.profile.AsyncProfiler;
import dev.perfagent.sandbox.profile.CProfileProfiler;
import dev.perfagent.sandbox.profile.PerfProfiler;
import dev.perfagent.sandbox.profile.ProfileEvent;
import dev.perfagent.sandbox.profile.Profiler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageProfilersTest {

    @Test
    void eachLanguageHasAProfilerAndAllocationProfilesAreForJavaOnly() {
        assertThat(LanguageProfilers.forLanguage(Language.JAVA, ProfileEvent.ALLOCATION).get(0)).isInstanceOf(AsyncProfiler.class);
        assertThat(LanguageProfilers.forLanguage(Language.CPP, ProfileEvent.CPU)).hasSize(2).first().isInstanceOf(PerfProfiler.class);
        assertThat(LanguageProfilers.forLanguage(Language.PYTHON, ProfileEvent.CPU).get(0)).isInstanceOf(CProfileProfiler.class);
        Profiler none = LanguageProfilers.forLanguage(Language.PYTHON, ProfileEvent.ALLOCATION).get(0);
        assertThat(none.unavailable()).hasValueSatisfying(r -> assertThat(r).contains("Java only"));
    }
}
