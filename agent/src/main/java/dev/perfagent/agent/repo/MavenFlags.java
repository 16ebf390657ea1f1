package dev.perfagent.agent.repo;

import java.util.List;

/**
 * What a candidate's Maven build and test run leave out: plugins that check or package a release (javadoc, sources,
 * signing, coverage, style, licence headers, API compatibility) and run in the phases up to {@code package}, but say
 * nothing about whether a rewrite is correct or faster. Each is the plugin's own documented skip property; a plugin
 * a project does not use ignores its property.
 */
public final class MavenFlags {
    public static final List<String> SKIP = List.of(
            "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true", "-Dgpg.skip=true", "-Djacoco.skip=true",
            "-Dcheckstyle.skip=true", "-Denforcer.skip=true", "-Dspotbugs.skip=true", "-Dpmd.skip=true", "-Dcpd.skip=true",
            "-Drat.skip=true", "-Danimal.sniffer.skip=true", "-Djapicmp.skip=true", "-Drevapi.skip=true",
            "-Dlicense.skip=true", "-Dspotless.check.skip=true", "-Dmaven.site.skip=true", "-Dbnd.baseline.skip=true",
            "-Dmoditect.skip=true", "-Dcyclonedx.skip=true", "-Dsort.skip=true");

    /** The flags as they go on a command line. */
    public static String line() {
        return String.join(" ", SKIP);
    }

    /** A command as the log shows it: the skip flags as one short note. */
    public static String shown(String command) {
        return command.replace(line(), "[release plugins skipped]");
    }

    private MavenFlags() {
    }
}
