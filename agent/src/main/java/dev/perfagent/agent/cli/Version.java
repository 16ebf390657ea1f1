package dev.perfagent.agent.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** perfagent's version, filtered into a resource at build time. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/perfagent-version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[]{"perfagent " + current(), "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")"};
    }
}
