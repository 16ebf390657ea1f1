package dev.perfagent.agent.rules;

import dev.perfagent.agent.rules.python.JoinRule;
import dev.perfagent.agent.rules.python.MembershipSetRule;
import dev.perfagent.agent.rules.python.SumBuiltinRule;
import org.junit.jupiter.api.Test;

import static dev.perfagent.agent.rules.RuleCheck.assertRewrites;
import static dev.perfagent.agent.rules.RuleCheck.assertUnchanged;

class PythonRulesTest {

    @Test
    void stringsBuiltInALoopAreJoinedOnce() {
        assertRewrites(new JoinRule(), "main.py", """
                def render(rows):
                    out = ""
                    for row in rows:
                        if row:
                            out += str(row) + "\\n"
                    return out
                """, """
                def render(rows):
                    out_parts = []
                    for row in rows:
                        if row:
                            out_parts.append(str(row) + "\\n")
                    out = "".join(out_parts)
                    return out
                """);
    }

    @Test
    void aStringReadInsideTheLoopIsNotJoined() {
        assertUnchanged(new JoinRule(), "main.py", """
                def render(rows):
                    out = ""
                    for row in rows:
                        out += row
                        print(len(out))
                    return out
                """);
    }

    @Test
    void membershipOnlyListsBecomeSetsAndOrderedOnesGetACompanionSet() {
        assertRewrites(new MembershipSetRule(), "main.py", """
                def main(events):
                    seen = []
                    pairs = []
                    for user, page in events:
                        if user not in seen:
                            seen.append(user)
                        pair = (user, page)
                        if pair not in pairs:
                            pairs.append(pair)
                    print(len(pairs), seen[:3])
                """, """
                def main(events):
                    seen = []
                    seen_set = set()
                    pairs = set()
                    for user, page in events:
                        if user not in seen_set:
                            seen.append(user)
                            seen_set.add(user)
                        pair = (user, page)
                        if pair not in pairs:
                            pairs.add(pair)
                    print(len(pairs), seen[:3])
                """);
    }

    @Test
    void listsMutatedOtherwiseOrPassedOnStayLists() {
        assertUnchanged(new MembershipSetRule(), "main.py", """
                def main(xs):
                    seen = []
                    for x in xs:
                        if x in seen:
                            seen.remove(x)
                        seen.append(x)
                    return seen
                """);
        assertUnchanged(new MembershipSetRule(), "main.py", """
                def main(xs):
                    seen = []
                    for x in xs:
                        if x not in seen:
                            helper(seen, x)
                    return len(seen)
                """);
    }

    @Test
    void indexAccumulationLoopsUseSum() {
        assertRewrites(new SumBuiltinRule(), "main.py", """
                def means(xs, k):
                    out = []
                    for s in range(len(xs) - k + 1):
                        total = 0.0
                        for j in range(s, s + k):
                            total += xs[j]
                        out.append(total / k)
                    return out
                """, """
                def means(xs, k):
                    out = []
                    for s in range(len(xs) - k + 1):
                        total = 0.0
                        total = sum(map(xs.__getitem__, range(s, s + k)), total)
                        out.append(total / k)
                    return out
                """);
    }

    @Test
    void loopsDoingMoreOrWhoseIndexIsUsedLaterAreKept() {
        assertUnchanged(new SumBuiltinRule(), "main.py", """
                def f(xs):
                    total = 0
                    for j in range(len(xs)):
                        total += xs[j]
                    return total, j
                """);
        assertUnchanged(new SumBuiltinRule(), "main.py", """
                def f(xs, acc):
                    for j in range(len(xs)):
                        acc += xs[j]
                    return acc
                """);
    }
}
