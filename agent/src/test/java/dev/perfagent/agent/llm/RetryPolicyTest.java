package dev.perfagent.agent.llm;

import dev.perfagent.agent.propose.ModelSpec;
import dev.perfagent.agent.propose.ProposerException;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void theCeilingDoublesUpToTheMaximum() {
        // random = just under 1 shows the ceiling of each wait
        assertThat(policy.delayBefore(1, () -> 0.999_999).toMillis()).isEqualTo(999);
        assertThat(policy.delayBefore(2, () -> 0.999_999).toMillis()).isEqualTo(1999);
        assertThat(policy.delayBefore(3, () -> 0.999_999).toMillis()).isEqualTo(3999);
        assertThat(policy.delayBefore(6, () -> 0.999_999).toMillis()).isEqualTo(29_999);
        assertThat(policy.delayBefore(60, () -> 0.999_999).toMillis()).isEqualTo(29_999);
    }

    @Test
    void fullJitterCanWaitNotAtAll() {
        assertThat(policy.delayBefore(4, () -> 0.0)).isEqualTo(Duration.ZERO);
        assertThat(policy.delayBefore(4, () -> 0.5)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void atLeastOneAttempt() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedConnectionIsRetriedThenReportedWithItsAddress() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RecordingSleeper sleeper = new RecordingSleeper();
        LlmOptions options = LlmOptions.DEFAULTS.withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1)), sleeper);
        String url = "http://127.0.0.1:" + port;
        LlmProposer proposer = LlmProposers.create(ModelSpec.parse("ollama:qwen2.5-coder"), Optional.of(url), Map.of(), options);

        assertThatThrownBy(() -> proposer.propose(Requests.of(1)))
                .isInstanceOf(ProposerException.class)
                .hasMessageStartingWith("ollama: gave up after 2 attempts: cannot connect to " + url);
        assertThat(sleeper.waits).hasSize(1);
    }
}
