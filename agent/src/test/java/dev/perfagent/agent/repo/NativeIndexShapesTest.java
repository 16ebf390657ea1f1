package dev.perfagent.agent.repo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The C shapes a real library uses, which the index missed so that their cost folded into {@code main}: a macro
 * parameter list, {@code (} on the line after the name, the return type on the line before, static/inline, hot loops
 * in an {@code #include}d {@code .c} file, and a generator's {@code main} the build never compiles.
 */
class NativeIndexShapesTest {

    private static Path write(Path root, String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void macroParameterListsSplitDeclarationsAndStaticInline(@TempDir Path root) throws Exception {
        write(root, "Makefile", "OBJS = src/codec.o\nall: $(OBJS)\n\tcc -o codec $(OBJS)\n");
        write(root, "src/codec.c", """
                #include "codec.h"
                #define BLOCK_PARAMS (const unsigned char *in, int n)

                static int
                decode_block BLOCK_PARAMS
                {
                    int s = 0;
                    for (int i = 0; i < n; i++) s += in[i];
                    return s;
                }

                int encode_run OF((const unsigned char *in, int n))
                {
                    return n;
                }

                static inline unsigned
                checksum
                    (const unsigned char *p, int n)
                {
                    unsigned h = 0;
                    while (n--) h = h * 31 + *p++;
                    return h;
                }

                LOCAL(int) table_lookup(int k) {
                    if (k == '{') return -1; /* a brace { in a comment */
                    return k * 2; // and } here
                }

                int main(void)
                {
                    return decode_block(0, 0) + checksum(0, 0);
                }
                """);
        write(root, "src/codec.h", "int encode_run(const unsigned char *in, int n);\n");
        NativeSourceIndex index = NativeSourceIndex.of(root, RepoFiles.list(root));
        SourceMethod decode = index.forFrame("decode_block").orElseThrow();
        assertThat(decode.file()).isEqualTo("src/codec.c");
        assertThat(decode.begin()).isEqualTo(4);
        assertThat(decode.end()).isEqualTo(10);
        assertThat(index.forFrame("encode_run")).map(SourceMethod::begin).contains(12);
        SourceMethod checksum = index.forFrame("checksum").orElseThrow();
        assertThat(checksum.begin()).isEqualTo(17);
        assertThat(checksum.end()).isEqualTo(24);
        assertThat(checksum.signature()).contains("static inline unsigned checksum (const unsigned char *p, int n)");
        // braces in literals and comments do not end (or extend) a body
        assertThat(index.forFrame("table_lookup")).map(SourceMethod::end).contains(29);
        assertThat(index.forFrame("main")).map(SourceMethod::begin).contains(31);
        assertThat(index.callers(decode)).extracting(SourceMethod::name).containsExactly("main");
    }

    @Test
    void includedCFilesAreIndexedInTheFileThatDefinesThemAndUncompiledFilesAreNot(@TempDir Path root) throws Exception {
        write(root, "CMakeLists.txt", "add_library(fast STATIC lib/fast.c)\nadd_executable(fast_bench bench/bench.c)\n");
        write(root, "lib/fast.c", "#include \"loops.c\"\n\nint fast_sum(const int *a, int n)\n{\n    return inner_loop(a, n);\n}\n");
        write(root, "lib/loops.c", "static int inner_loop(const int *a, int n)\n{\n    int s = 0;\n    for (int i = 0; i < n; i++) s += a[i];\n    return s;\n}\n");
        // a generator that writes a table at development time: never compiled, and its main must not take the frame
        write(root, "tools/gen_table.c", "#include <stdio.h>\nint main(void)\n{\n    puts(\"table\");\n    return 0;\n}\n");
        write(root, "bench/bench.c", "int fast_sum(const int *a, int n);\nint main(void)\n{\n    static int a[100];\n    return fast_sum(a, 100);\n}\n");
        List<String> files = RepoFiles.list(root);
        assertThat(CompiledSources.of(root, files)).containsExactlyInAnyOrder("lib/fast.c", "lib/loops.c", "bench/bench.c");
        NativeSourceIndex index = NativeSourceIndex.of(root, files);
        assertThat(index.forFrame("inner_loop")).map(SourceMethod::file).contains("lib/loops.c");
        assertThat(index.forFrame("main")).map(SourceMethod::file).contains("bench/bench.c");
        assertThat(index.methods()).noneMatch(m -> m.file().startsWith("tools/"));
    }

    @Test
    void aBuildThatNamesSourcesByPatternIndexesEverySource(@TempDir Path root) throws Exception {
        write(root, "Makefile", "SRC = $(wildcard src/*.c)\nall:\n\tcc -o x $(SRC)\n");
        write(root, "src/a.c", "int a(void) { return 1; }\n");
        write(root, "src/b.c", "int b(void) { return 2; }\n");
        assertThat(CompiledSources.of(root, RepoFiles.list(root))).containsExactlyInAnyOrder("src/a.c", "src/b.c");
    }
}
