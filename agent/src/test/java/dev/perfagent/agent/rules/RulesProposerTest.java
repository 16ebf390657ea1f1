package dev.perfagent.agent.rules;

import dev.perfagent.agent.propose.Proposal;
import dev.perfagent.agent.propose.ProposalRequest;
import dev.perfagent.prompts.Prompt;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RulesProposerTest {

    private static final String RANGE_SUMS = """
            #include <iostream>
            int main() {
                int n;
                std::cin >> n;
                for (int i = 0; i < n; ++i) std::cout << i << std::endl;
            }
            """;

    private static ProposalRequest request(Map<String, String> files, int count) {
        return ProposalRequest.of(null, "original", files, new Prompt("none", "0", "", "")).withCount(count);
    }

    @Test
    void proposesOneChangePerApplicableRuleThenAllOfThemCombined() {
        List<Proposal> proposals = new RulesProposer().propose(request(Map.of("main.cpp", RANGE_SUMS), 10));

        assertThat(proposals).extracting(Proposal::summary).containsExactly(
                "cpp-iostream-sync: " + new dev.perfagent.agent.rules.cpp.IostreamSyncRule().description(),
                "cpp-endl: " + new dev.perfagent.agent.rules.cpp.EndlRule().description(),
                "combined: cpp-iostream-sync + cpp-endl");
        assertThat(proposals).allSatisfy(p -> assertThat(p.proposer()).isEqualTo("rules"));
        assertThat(proposals.get(2).files().get("main.cpp"))
                .contains("sync_with_stdio(false)").contains("<< '\\n'").doesNotContain("endl");
    }

    @Test
    void returnsAtMostCountProposalsInTheFixedOrder() {
        List<Proposal> one = new RulesProposer().propose(request(Map.of("main.cpp", RANGE_SUMS), 1));

        assertThat(one).extracting(Proposal::summary).singleElement().asString().startsWith("cpp-iostream-sync:");
    }

    @Test
    void aParentThatCarriesARuleGetsOnlyTheRulesThatAreLeft() {
        RulesProposer rules = new RulesProposer();
        Proposal first = rules.propose(request(Map.of("main.cpp", RANGE_SUMS), 1)).get(0);

        List<Proposal> next = rules.propose(request(first.files(), 10));

        assertThat(next).extracting(Proposal::summary).singleElement().asString().startsWith("cpp-endl:");
        Map<String, String> all = new HashMap<>(next.get(0).files());
        assertThat(rules.propose(request(all, 10))).isEmpty();
    }

    @Test
    void nothingToProposeIsAnEmptyListAndFilesOfOtherLanguagesAreIgnored() {
        Map<String, String> files = Map.of(
                "notes.txt", "std::endl everywhere",
                "Main.java", "class Main { public static void main(String[] a) { System.out.println(1); } }");

        assertThat(new RulesProposer().propose(request(files, 5))).isEmpty();
    }

    @Test
    void theSameParentAlwaysGetsTheSameProposals() {
        Map<String, String> files = Map.of("main.cpp", RANGE_SUMS, "b.cpp", RANGE_SUMS.replace("n;", "m;"));

        List<Proposal> a = new RulesProposer().propose(request(files, 10));
        List<Proposal> b = new RulesProposer().propose(request(new HashMap<>(files), 10));

        assertThat(a).isEqualTo(b);
        assertThat(a).extracting(Proposal::files).doesNotHaveDuplicates();
    }

    @Test
    void aRuleThatFailsOnAFileDoesNotFire() {
        Rule broken = new Rule() {
            public String id() { return "broken"; }
            public String description() { return "throws"; }
            public java.util.Set<dev.perfagent.datasets.Language> languages() {
                return java.util.Set.of(dev.perfagent.datasets.Language.CPP);
            }
            public java.util.Optional<String> apply(String path, String source) { throw new IllegalStateException(); }
        };

        assertThat(new RulesProposer(List.of(broken)).propose(request(Map.of("main.cpp", RANGE_SUMS), 3))).isEmpty();
    }
}
