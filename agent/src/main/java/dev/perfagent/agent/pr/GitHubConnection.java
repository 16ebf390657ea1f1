package dev.perfagent.agent.pr;

import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.extras.HttpClientGitHubConnector;

import java.io.IOException;

/**
 * The one way perfagent talks to GitHub's REST API: github-api over the JDK's {@code java.net.http.HttpClient}.
 * <p>
 * Named explicitly because the library's default silently falls back to {@code HttpURLConnection}, which cannot send
 * PATCH on JDK 17 (it sets the verb by reflection into {@code java.net}, closed since JDK 16: "Failed to set the
 * custom verb"). The fallback happened in the fat jar only: github-api ships its HttpClient connector as a
 * multi-release class (META-INF/versions/11), which the JVM ignores unless the jar says {@code Multi-Release: true};
 * the shaded manifest did not, the test classpath (the library's own jar) did. Built here, a jar without the real
 * class fails at connect time with a message instead of on the second push to a pull request.
 */
final class GitHubConnection {
    private GitHubConnection() {
    }

    static GitHub open(GitHubEnv.Target target) throws IOException {
        HttpClientGitHubConnector connector;
        try {
            connector = new HttpClientGitHubConnector();
        } catch (UnsupportedOperationException jarWithoutMultiRelease) {
            throw new IllegalStateException("perfagent's jar lost github-api's java.net.http connector"
                    + " (its manifest needs Multi-Release: true): rebuild it with mvn package", jarWithoutMultiRelease);
        }
        return new GitHubBuilder().withEndpoint(target.apiUrl()).withOAuthToken(target.token()).withConnector(connector).build();
    }
}
