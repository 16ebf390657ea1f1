package dev.perfagent.agent.repo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java replay of methods whose effect is what they write into a caller's {@code PrintWriter}, {@code Writer} or
 * {@code OutputStream} (Commons CLI's {@code HelpFormatter.printHelp(PrintWriter, …)} shape): the receiver holds a
 * {@code PrintWriter} over {@code System.out} in a field, the caller passes its own writer. Recorded with the agent jar,
 * replayed against rewrites: one that writes something else is named at the first differing call with where its output
 * first differs; one that writes the same through a StringBuilder replays clean. A few JVMs, about ten seconds.
 */
class JavaReplaySinkTest {
    private static final String KEY = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
    private static final String ORIGINAL = """
            package help;

            import java.io.ByteArrayOutputStream;
            import java.io.IOException;
            import java.io.OutputStream;
            import java.io.PrintWriter;
            import java.io.StringWriter;
            import java.io.Writer;
            import java.util.List;

            public class Usage {
                private final PrintWriter console = new PrintWriter(System.out);
                private final int width;

                public Usage(int width) {
                    this.width = width;
                }

                public void printUsage(PrintWriter pw, String app, List<String> options) {
                    StringBuilder line = new StringBuilder("usage: ").append(app);
                    for (String o : options) {
                        if (line.length() + o.length() + 3 > width) {
                            pw.println(line);
                            line = new StringBuilder("       ");
                        }
                        line.append(" [-").append(o).append(']');
                    }
                    pw.println(line);
                }

                public int writeRow(Writer w, String key, int value) throws IOException {
                    w.write(key);
                    w.write('=');
                    w.write(Integer.toString(value));
                    w.write('\\n');
                    return key.length();
                }

                public static void dump(OutputStream out, byte[] data) throws IOException {
                    for (byte b : data) out.write(b ^ 0x20);
                }

                public static void main(String[] args) throws IOException {
                    Usage u = new Usage(40);
                    StringWriter all = new StringWriter();
                    try (PrintWriter pw = new PrintWriter(all)) {
                        for (int n = 1; n <= 12; n++) {
                            List<String> opts = new java.util.ArrayList<>();
                            for (int i = 0; i < n; i++) opts.add("o" + i);
                            u.printUsage(pw, "app" + n, opts);
                            u.writeRow(pw, "k" + n, n * n);
                        }
                    }
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    dump(new java.io.BufferedOutputStream(bytes), "HELLO".getBytes());
                    u.console.print("");
                    System.out.println(all.toString().length());
                }
            }
            """;

    @TempDir
    static Path dir;

    @BeforeAll
    static void recordTheOriginal() throws Exception {
        compile(ORIGINAL);
        ReplayJvm.Result r = ReplayJvm.record(dir, KEY, "help.Usage#printUsage,help.Usage#writeRow,help.Usage#dump", "help.Usage");
        assertThat(r.code()).as(r.out()).isZero();
        // the program's own output is what it was without the agent: the tees pass every write on at once
        ReplayJvm.Result plain = java(List.of("java", "-cp", "classes", "help.Usage"));
        assertThat(r.out()).as(r.out()).startsWith(plain.out().strip()).contains("perfagent-replay: recorded 25 call(s), 0 not recordable");
    }

    @Test
    void theOriginalAndARewriteThatWritesTheSameReplayClean() throws Exception {
        compile(ORIGINAL);
        ReplayJvm.Result r = replay();
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("replayed 25 recorded call(s) (0 not recordable)");
        // one write of a built string instead of four: the same characters reach the writer
        compile(ORIGINAL.replace("""
                        w.write(key);
                        w.write('=');
                        w.write(Integer.toString(value));
                        w.write('\\n');""", "w.write(key + '=' + value + '\\n');"));
        r = replay();
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("replayed 25 recorded call(s)");
    }

    @Test
    void aRewriteThatWritesSomethingElseIsNamedAtTheFirstDifferingCall() throws Exception {
        // wraps one column later: the first call with a line long enough to wrap is the first to differ
        compile(ORIGINAL.replace("line.length() + o.length() + 3 > width", "line.length() + o.length() + 2 > width"));
        ReplayJvm.Result r = replay();
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("REPLAY FAILED: help.Usage.printUsage(java.io.PrintWriter, java.lang.String, java.util.List) call ",
                ": into argument 1, the candidate wrote ", " where the recorded call wrote ", "(first difference at character ");

        compile(ORIGINAL.replace("out.write(b ^ 0x20);", "out.write(b);"));
        r = replay();
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("REPLAY FAILED: help.Usage.dump(java.io.OutputStream, byte[]) call 25 of 25: into argument 1, the candidate wrote \"HELLO\" where the recorded call wrote \"hello\"");
    }

    private static ReplayJvm.Result replay() throws Exception {
        return ReplayJvm.replay(dir, KEY);
    }

    private static void compile(String source) throws IOException {
        ReplayJvm.compile(dir, "help/Usage.java", source);
    }

    private static ReplayJvm.Result java(List<String> command) throws Exception {
        return ReplayJvm.java(dir, command);
    }
}
