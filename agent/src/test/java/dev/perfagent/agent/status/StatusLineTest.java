package dev.perfagent.agent.status;

import dev.perfagent.agent.loop.Progress;
import dev.perfagent.evaluators.measure.Speedup;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The live line on a fake terminal (a writer and a clock of the test's own), and the plain lines of a log. */
class StatusLineTest {
    private final StringWriter screen = new StringWriter();
    private final long[] now = {0};

    private StatusLine terminal(int width) {
        return StatusLine.forTest(new PrintWriter(screen), true, width, () -> now[0]);
    }

    private StatusLine log() {
        return StatusLine.forTest(new PrintWriter(screen), false, 80, () -> now[0]);
    }

    private void advance(Duration d) {
        now[0] += d.toNanos();
    }

    @Test
    void onATerminalTheLineIsRewrittenInPlaceAndPaddedOverALongerOne() {
        StatusLine s = terminal(80);
        advance(Duration.ofSeconds(72));
        s.show("c3: building");
        assertThat(screen.toString()).isEqualTo("\r[1:12] c3: building\r");
        s.show("c3: test");
        // the shorter text is padded with blanks over what was drawn, and the cursor goes back to the start
        assertThat(screen.toString()).endsWith("\r[1:12] c3: test" + " ".repeat(4) + "\r");
        assertThat(screen.toString()).doesNotContain("\n");
    }

    @Test
    void aProgressLineIsWrittenAboveTheStatusWhichIsThenDrawnAgain() {
        StatusLine s = terminal(80);
        s.show("round 1: waiting for the model");
        screen.getBuffer().setLength(0);
        s.lines().println("  c1  NEUTRAL 1.02× [0.97×, 1.08×]");
        String blank = " ".repeat("[0:00] round 1: waiting for the model".length());
        assertThat(screen.toString()).isEqualTo("\r" + blank + "\r" + "  c1  NEUTRAL 1.02× [0.97×, 1.08×]" + System.lineSeparator()
                + "\r[0:00] round 1: waiting for the model\r");
        screen.getBuffer().setLength(0);
        s.close();
        assertThat(screen.toString()).isEqualTo("\r" + blank + "\r");
    }

    @Test
    void aLineWiderThanTheTerminalIsCutWithAnEllipsis() {
        StatusLine s = terminal(30);
        s.show("c12: measuring, run 14 of at most 60, 1.21× [1.10×, 1.33×] so far");
        String drawn = s.render();
        assertThat(drawn).hasSize(29).endsWith("…").startsWith("[0:00] c12: measuring");
    }

    @Test
    void theEtaFollowsThePaceOfFinishedStepsAndNeverPassesTheTimeLimit() {
        StatusLine s = terminal(120);
        assertThat(s.eta()).isEmpty();
        s.limit(Duration.ofMinutes(20));
        advance(Duration.ofMinutes(2));
        assertThat(s.eta()).contains(Duration.ofMinutes(18));        // nothing finished yet: the limit alone
        s.steps(1, 5);                                                // 2 min for the first of 5 rounds: 8 min left
        assertThat(s.eta()).contains(Duration.ofMinutes(8));
        s.limit(Duration.ofMinutes(6));                               // but --time stops it at 6 min: 4 min left
        assertThat(s.eta()).contains(Duration.ofMinutes(4));
        s.show("c2: testing");
        assertThat(s.render()).isEqualTo("[2:00 · ETA ~4 min] c2: testing");
        advance(Duration.ofMinutes(7));
        assertThat(s.eta()).contains(Duration.ZERO);                  // past the limit: nothing left, not negative
        assertThat(s.render()).isEqualTo("[9:00 · finishing] c2: testing");
        s.limitFromNow(Duration.ofSeconds(30));                       // a measuring budget, from when measuring starts
        assertThat(s.eta()).contains(Duration.ofSeconds(30));
    }

    @Test
    void estimatesAreRoundedToWhatTheyAreWorth() {
        assertThat(StatusLine.approx(Duration.ofSeconds(2))).isEqualTo("5 s");
        assertThat(StatusLine.approx(Duration.ofSeconds(41))).isEqualTo("45 s");
        assertThat(StatusLine.approx(Duration.ofSeconds(89))).isEqualTo("1 min");
        assertThat(StatusLine.approx(Duration.ofSeconds(91))).isEqualTo("2 min");
        assertThat(StatusLine.approx(Duration.ofMinutes(65))).isEqualTo("1 h 5 min");
    }

    @Test
    void inALogNothingIsRewrittenAndAStatusIsWrittenOnlyAfterAQuietSpell() {
        StatusLine s = log();
        s.lines().println("round 1 of 3");
        s.show("c1: building");                          // just after a line: not written
        advance(Duration.ofSeconds(4));
        s.show("c1: measuring, run 4 of at most 60");    // still within the quiet gap
        advance(StatusLine.QUIET_GAP);
        s.show("c1: measuring, run 6 of at most 60");    // 14 s of silence: written once
        s.show("c1: measuring, run 6 of at most 60");
        advance(Duration.ofSeconds(3));
        s.show("c1: measuring, run 8 of at most 60");    // written 3 s ago: not again
        s.close();
        assertThat(screen.toString()).doesNotContain("\r")
                .isEqualTo("round 1 of 3" + System.lineSeparator() + "… 0:14 c1: measuring, run 6 of at most 60" + System.lineSeparator());
    }

    @Test
    void aWriterThatIsNotAStatusLinesGetsAStatusThatShowsNothing() {
        PrintWriter plain = new PrintWriter(screen);
        StatusLine none = StatusLine.of(plain);
        none.show("c1: building");
        none.close();
        assertThat(screen.toString()).isEmpty();
        StatusLine s = terminal(80);
        assertThat(StatusLine.of(s.lines())).isSameAs(s);
    }

    @Test
    void theLoopsProgressDrivesTheLine() {
        StatusLine s = terminal(120);
        Progress p = Progress.lines(s.lines());
        p.round(2, 4);
        p.waiting("round 2: waiting for the model (1 proposal)");
        assertThat(s.render()).endsWith("] round 2: waiting for the model (1 proposal)");
        p.stage("c5", "building");
        assertThat(s.render()).endsWith("] c5: building");
        p.measured("c5", 14, 60, Optional.of(new Speedup(1.21, 1.10, 1.33)));
        assertThat(s.render()).endsWith("] c5: measuring, run 14 of at most 60, 1.21× [1.10×, 1.33×] so far");
        p.measured("c5", 4, 60, Optional.empty());
        assertThat(s.render()).endsWith("] c5: measuring, run 4 of at most 60 (too few runs for an estimate yet)");
        assertThat(screen.toString()).contains("round 2 of 4" + System.lineSeparator());
    }

    @org.junit.jupiter.api.Test
    void standardErrorRedirectedToAPipeOrFileIsNotATerminal() {
        // surefire's forked JVM writes standard error into a pipe: the live line must not be chosen there
        org.junit.jupiter.api.Assertions.assertFalse(StatusLine.stderrIsTerminal());
    }
}
