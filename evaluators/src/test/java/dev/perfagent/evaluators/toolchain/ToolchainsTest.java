package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.BuildSpec;
import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.RunSpec;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskLimits;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each language's hello world builds and runs in the sandbox, and a broken one fails to build with the compiler's words. */
class ToolchainsTest {
    private static LocalSandbox sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        sandbox = LocalSandbox.bubblewrap();
    }

    @AfterAll
    static void tearDown() {
        sandbox.close();
    }

    @Test
    void cHelloWorld() throws IOException {
        Task t = TestTasks.program(dir, Language.C, Map.of("main.c", """
                #include <stdio.h>
                #include <math.h>
                int main(void) { char name[64]; scanf("%63s", name); printf("hello %s %.0f\\n", name, sqrt(16.0)); return 0; }
                """));
        assertThat(buildAndRun(t, "world")).isEqualTo("hello world 4\n");
    }

    @Test
    void cppHelloWorldFromSeveralFiles() throws IOException {
        Task t = TestTasks.program(dir, Language.CPP, Map.of(
                "main.cpp", "#include <iostream>\n#include <string>\nstd::string greet(const std::string&);\n"
                        + "int main() { std::string n; std::cin >> n; std::cout << greet(n) << std::endl; }\n",
                "lib/greet.cc", "#include <string>\nstd::string greet(const std::string& n) { return \"hello \" + n; }\n"));
        assertThat(buildAndRun(t, "world")).isEqualTo("hello world\n");
    }

    @Test
    void javaHelloWorldFitsA256MegabyteTask() throws IOException {
        Task t = TestTasks.program(dir, Language.JAVA, Map.of("Main.java", """
                import java.util.Scanner;
                public class Main {
                    public static void main(String[] args) {
                        String name = new Scanner(System.in).next();
                        System.out.println("hello " + name + " " + args.length);
                    }
                }
                """), BuildSpec.defaults(), new RunSpec(Optional.empty(), Optional.empty(), List.of("a", "b")),
                new TaskLimits(Duration.ofSeconds(10), 256 * Limits.MIB));
        assertThat(buildAndRun(t, "world")).isEqualTo("hello world 2\n");
    }

    @Test
    void pythonHelloWorldWithAnotherEntryScript() throws IOException {
        Task t = TestTasks.program(dir, Language.PYTHON, Map.of(
                "solve.py", "import sys\nfrom greet import greet\nprint(greet(sys.stdin.read().strip()), *sys.argv[1:])\n",
                "greet.py", "def greet(n):\n    return 'hello ' + n\n"),
                BuildSpec.defaults(), new RunSpec(Optional.empty(), Optional.of("solve.py"), List.of("!")), TaskLimits.defaults());
        assertThat(buildAndRun(t, "world")).isEqualTo("hello world !\n");
    }

    @Test
    void taskCommandsOverrideTheDefaults() throws IOException {
        Task t = TestTasks.program(dir, Language.C, Map.of("hello.c", "#include <stdio.h>\nint main(){puts(GREETING);return 0;}\n"),
                new BuildSpec(Optional.of("gcc -O1 -DGREETING='\"hi there\"' -o hello hello.c"), List.of(), "javac"),
                new RunSpec(Optional.of("./hello | tr a-z A-Z"), Optional.empty(), List.of()), TaskLimits.defaults());
        assertThat(buildAndRun(t, "")).isEqualTo("HI THERE\n");
    }

    @Test
    void compileErrorsFailTheBuildWithTheCompilersMessage() throws IOException {
        record Broken(Language language, String file, String code, String message) {
        }
        for (Broken b : List.of(
                new Broken(Language.C, "main.c", "int main(void) { return 0 }\n", "error"),
                new Broken(Language.CPP, "main.cpp", "int main() { undefined_thing(); }\n", "undefined_thing"),
                new Broken(Language.JAVA, "Main.java", "public class Main { void f() { int x = \"s\"; } }\n", "incompatible types"),
                new Broken(Language.PYTHON, "main.py", "def f(:\n    pass\n", "SyntaxError"))) {
            Path d = Files.createDirectories(dir.resolve(b.language().id()));
            Task t = TestTasks.program(d, b.language(), Map.of(b.file(), b.code()));
            try (Workspace ws = Workspace.create("tc").copyFrom(t.sourceRoot())) {
                Toolchain tc = Toolchains.forTask(t);
                ExecResult build = sandbox.exec(ws, tc.build(t, Limits.forBuild()).orElseThrow().withReadOnlyBinds(tc.readOnlyBinds(t)));
                assertThat(build.exitCode()).as(b.language() + " build of broken code").isNotZero();
                assertThat(build.stderr()).as(b.language() + " compiler message").contains(b.message());
            }
        }
    }

    @Test
    void missingToolsAreNamedWithHowToInstallThem() throws IOException {
        Task c = TestTasks.program(dir, Language.C, Map.of("main.c", "int main(){return 0;}\n"));
        assertThat(Toolchains.missing(c)).isEmpty();
        assertThat(Executables.firstMissing(List.of("gcc", "/nonexistent/bin/g++")))
                .contains("/nonexistent/bin/g++ not found: install it (apt-get install g++)");
        assertThat(Executables.firstMissing(List.of("perfagent-no-such-compiler")))
                .contains("perfagent-no-such-compiler not found: install it");
    }

    @Test
    void mavenBuildsOfflineAgainstTheReadOnlyLocalRepository() throws IOException {
        // the plugins this project builds itself with, hence in the local repository whenever these tests run
        Path repo = Path.of(System.getProperty("user.home"), ".m2/repository/org/apache/maven/plugins");
        Assumptions.assumeTrue(Files.isDirectory(repo.resolve("maven-compiler-plugin/3.16.0"))
                && Files.isDirectory(repo.resolve("maven-jar-plugin/3.4.2")), "Maven plugins not in ~/.m2; the offline build would fail");
        Task t = TestTasks.program(dir, Language.JAVA, Map.of("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>t</groupId><artifactId>t</artifactId><version>1</version>
                  <properties><maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
                  <build><plugins>
                    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.16.0</version></plugin>
                    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.6.1</version></plugin>
                    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
                  </plugins></build>
                </project>
                """, "src/main/java/app/Main.java", """
                package app;
                public class Main { public static void main(String[] a) { System.out.println("hello " + new java.util.Scanner(System.in).next()); } }
                """), new BuildSpec(Optional.empty(), List.of(), "maven"), new RunSpec(Optional.empty(), Optional.of("app.Main"), List.of()),
                TaskLimits.defaults());
        assertThat(Toolchains.forTask(t).requiredExecutables(t)).contains("mvn");
        assertThat(buildAndRun(t, "maven")).isEqualTo("hello maven\n");
    }

    /** Builds the task in a fresh workspace, runs it with {@code input} on stdin, returns its output. */
    private static String buildAndRun(Task t, String input) throws IOException {
        Toolchain tc = Toolchains.forTask(t);
        assertThat(Toolchains.missing(t)).isEmpty();
        try (Workspace ws = Workspace.create("tc").copyFrom(t.sourceRoot())) {
            Optional<ExecSpec> build = tc.build(t, Limits.forBuild());
            if (build.isPresent()) {
                ExecResult b = sandbox.exec(ws, build.get().withReadOnlyBinds(tc.readOnlyBinds(t)));
                assertThat(b.ok()).as("build: " + b.describeEnd() + "\n" + b.stderr()).isTrue();
            }
            Path in = Files.writeString(Files.createTempFile("perfagent-", ".in"), input);
            try {
                ExecSpec run = tc.run(t, RunLimits.forTask(t.limits())).withReadOnlyBinds(tc.readOnlyBinds(t)).withStdin(in);
                ExecResult r = sandbox.exec(ws, run);
                assertThat(r.ok()).as("run: " + r.describeEnd() + "\n" + r.stderr()).isTrue();
                return r.stdout();
            } finally {
                Files.delete(in);
            }
        }
    }
}
