package dev.perfagent.agent.pr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a checkout is built before its benchmarks run: the user's {@code --build} command, else Maven's offline
 * package without tests where a pom.xml is, else nothing (scripts, or a bench command that builds for itself).
 *
 * @param command the shell command, empty when nothing needs building
 * @param maven   whether it is a Maven build (it then gets the local repository, read-only)
 */
record BuildPlan(Optional<String> command, boolean maven) {
    static final String MAVEN_PACKAGE = "mvn -q -o -B -Dstyle.color=never -DskipTests package";
    static final String MAVEN_TEST = "mvn -q -o -B -Dstyle.color=never test";

    static BuildPlan detect(Path checkout, Optional<String> override) {
        boolean maven = Files.isRegularFile(checkout.resolve("pom.xml"));
        if (override.isPresent()) return new BuildPlan(override, maven);
        return maven ? new BuildPlan(Optional.of(MAVEN_PACKAGE), true) : new BuildPlan(Optional.empty(), false);
    }

    String describe() {
        return command.map(c -> "`" + c + "`").orElse("no build step");
    }
}
