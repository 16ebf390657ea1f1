package dev.perfagent.agent.cli;

import picocli.CommandLine;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code --base-url} read up front: an http(s) address with a host, or a usage error (exit 2) before anything runs,
 * instead of a connection failure several minutes in.
 */
final class BaseUrl implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
        String v = value.trim();
        try {
            URI u = new URI(v);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) return v;
        } catch (URISyntaxException e) {
            // falls through to the message below
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a server address: write e.g. http://localhost:8000/v1");
    }
}
