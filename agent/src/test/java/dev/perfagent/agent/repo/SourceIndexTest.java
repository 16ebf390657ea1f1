package dev.perfagent.agent.repo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Profile frames traced back to source: Java (JavaParser), C++ (declarator shapes) and Python (def lines). */
class SourceIndexTest {
    @Test
    void javaFramesMapToMethodsWithLinesFieldsCallersAndCallees() {
        Path root = ExampleRepos.ROOT.resolve("java-inventory");
        JavaSourceIndex index = JavaSourceIndex.of(root, RepoFiles.list(root));
        SourceMethod find = index.forFrame("org.acme.inventory.catalog.Catalog.find").orElseThrow();
        assertThat(find.file()).isEqualTo("src/main/java/org/acme/inventory/catalog/Catalog.java");
        assertThat(find.signature()).isEqualTo("public Optional<Product> find(String sku)");
        assertThat(find.end() - find.begin()).isEqualTo(5);
        assertThat(index.ownerContext(find)).contains("private final List<Product> products = new ArrayList<>()");
        assertThat(index.callers(find)).extracting(SourceMethod::name).contains("require", "carries");
        // a lambda's frame is its method's; a record's components are its fields
        assertThat(index.forFrame("org.acme.inventory.catalog.Catalog.lambda$delist$0")).map(SourceMethod::name).contains("delist");
        assertThat(index.forFrame("org.acme.inventory.catalog.CatalogLoader$BadLineException.<init>")).isPresent();
        SourceMethod value = index.forFrame("org.acme.inventory.model.StockLevel.value").orElseThrow();
        assertThat(index.ownerContext(value)).contains("record component int onHand");
        assertThat(index.callees(index.forFrame("org.acme.inventory.catalog.Catalog.require").orElseThrow()))
                .extracting(SourceMethod::key).contains("org.acme.inventory.catalog.Catalog.find");
        assertThat(index.forFrame("java.lang.String.equals")).isEmpty();
    }

    @Test
    void cppFramesAsPerfNamesThem() {
        Path root = ExampleRepos.ROOT.resolve("cpp-wordstats");
        NativeSourceIndex index = NativeSourceIndex.of(root, RepoFiles.list(root));
        SourceMethod m = index.forFrame("wordstats::is_stopword(std::vector<std::__cxx11::basic_string<char, std::char_traits<char>, "
                + "std::allocator<char> >, std::allocator<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > > >, "
                + "std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > const&)").orElseThrow();
        assertThat(m.file()).isEqualTo("src/stats.cpp");
        assertThat(m.signature()).startsWith("bool is_stopword(std::vector<std::string> stopwords");
        assertThat(index.forFrame("wordstats::frequencies")).map(SourceMethod::file).contains("src/stats.cpp");
        assertThat(index.forFrame("main")).map(SourceMethod::file).isPresent();
        assertThat(index.forFrame("__memcmp_evex_movbe")).isEmpty();
    }

    @Test
    void pythonFramesByFileAndLine(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("mod.py"), "class A:\n    def f(self, x):\n        return g(x)\n\n\ndef g(x):\n    return x + 1\n");
        PythonSourceIndex index = PythonSourceIndex.of(tmp, List.of("mod.py"));
        assertThat(index.forFrame("/workspace/mod.py:2(f)")).map(SourceMethod::owner).contains("A");
        SourceMethod g = index.forFrame("mod.py:6(g)").orElseThrow();
        assertThat(g.begin()).isEqualTo(6);
        assertThat(g.end()).isEqualTo(7);
        assertThat(index.callers(g)).extracting(SourceMethod::name).containsExactly("f");
        assertThat(index.forFrame("mod.py:2(g)")).isEmpty();
    }

    @Test
    void pythonRangesRunToTheEndOfTheBody(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("mod.py"), """
                def tokens(
                    text,
                    lower=True,
                ):
                    \"\"\"Split text.

                Examples at the left margin stay inside the docstring.
                    \"\"\"
                # a comment at the left margin inside the body
                    out = []
                    for word in text.split():
                        out.append(word.lower() if lower else word)
                    return out


                def after():
                    return 1
                """);
        PythonSourceIndex index = PythonSourceIndex.of(tmp, List.of("mod.py"));
        SourceMethod t = index.forFrame("mod.py:1(tokens)").orElseThrow();
        assertThat(t.end()).isEqualTo(13);
        assertThat(index.forFrame("mod.py:16(after)")).map(SourceMethod::end).contains(17);
    }
}
