package dev.perfagent.agent.rules;

import dev.perfagent.agent.rules.cpp.ConstRefParameterRule;
import dev.perfagent.agent.rules.cpp.EndlRule;
import dev.perfagent.agent.rules.cpp.IostreamSyncRule;
import dev.perfagent.agent.rules.cpp.ReserveRule;
import org.junit.jupiter.api.Test;

import static dev.perfagent.agent.rules.RuleCheck.assertRewrites;
import static dev.perfagent.agent.rules.RuleCheck.assertUnchanged;

class CppRulesTest {

    @Test
    void iostreamsAreUntiedFromStdioAtTheStartOfMain() {
        assertRewrites(new IostreamSyncRule(), "main.cpp", """
                #include <iostream>
                int main() {
                    int n;
                    std::cin >> n;
                    std::cout << n * 2 << "\\n";
                }
                """, """
                #include <iostream>
                int main() {
                    std::ios::sync_with_stdio(false);
                    std::cin.tie(nullptr);
                    int n;
                    std::cin >> n;
                    std::cout << n * 2 << "\\n";
                }
                """);
    }

    @Test
    void programsMixingIostreamsWithStdioStaySynced() {
        assertUnchanged(new IostreamSyncRule(), "main.cpp", """
                #include <cstdio>
                #include <iostream>
                int main() {
                    int n;
                    std::cin >> n;
                    printf("%d\\n", n);
                }
                """);
        assertUnchanged(new IostreamSyncRule(), "main.cpp", """
                #include <cstdio>
                // std::cout is mentioned only in this comment
                int main() { puts("x"); }
                """);
    }

    @Test
    void endlBecomesANewlineWithoutAFlush() {
        assertRewrites(new EndlRule(), "main.cpp", """
                #include <iostream>
                using namespace std;
                int main() {
                    cout << 1 << endl;
                    std::cout << "endl" << std::endl;
                }
                """, """
                #include <iostream>
                using namespace std;
                int main() {
                    cout << 1 << '\\n';
                    std::cout << "endl" << '\\n';
                }
                """);
    }

    @Test
    void endlStaysWhereTheProgramLeavesWithoutFlushingOrEndlIsNotStd() {
        assertUnchanged(new EndlRule(), "main.cpp", """
                #include <iostream>
                #include <cstdlib>
                int main() { std::cout << 1 << std::endl; std::abort(); }
                """);
        assertUnchanged(new EndlRule(), "main.cpp", """
                #include <iostream>
                int endl = 3;
                int main() { std::cout << 1 << endl; }
                """);
    }

    @Test
    void containersOnlyReadArePassedByConstReference() {
        assertRewrites(new ConstRefParameterRule(), "main.cpp", """
                #include <algorithm>
                #include <string>
                #include <vector>
                static long below(std::vector<int> sorted, int x) {
                    return std::lower_bound(sorted.begin(), sorted.end(), x) - sorted.begin();
                }
                int total(std::vector<int> v, std::string name) {
                    int s = 0;
                    for (size_t i = 0; i < v.size(); ++i) s += v[i];
                    return s + (int) name.size() + (name == "x" ? 1 : 0);
                }
                int main() { std::vector<int> v{1, 2}; return below(v, 2) + total(v, "a"); }
                """, """
                #include <algorithm>
                #include <string>
                #include <vector>
                static long below(const std::vector<int>& sorted, int x) {
                    return std::lower_bound(sorted.begin(), sorted.end(), x) - sorted.begin();
                }
                int total(const std::vector<int>& v, const std::string& name) {
                    int s = 0;
                    for (size_t i = 0; i < v.size(); ++i) s += v[i];
                    return s + (int) name.size() + (name == "x" ? 1 : 0);
                }
                int main() { std::vector<int> v{1, 2}; return below(v, 2) + total(v, "a"); }
                """);
    }

    @Test
    void parametersThatAreModifiedOrPassedOnStayByValue() {
        assertUnchanged(new ConstRefParameterRule(), "main.cpp", """
                #include <algorithm>
                #include <vector>
                int median(std::vector<int> v) {
                    std::sort(v.begin(), v.end());
                    return v[v.size() / 2];
                }
                int first(std::vector<int> v) { v[0] = 1; return v[0]; }
                int grow(std::vector<int> v) { v.push_back(1); return (int) v.size(); }
                int pass(std::vector<int> v) { return median(v); }
                int declared(std::vector<int> v);
                int declared(std::vector<int> v) { return (int) v.size(); }
                int main() { return 0; }
                """);
    }

    @Test
    void aVectorFilledByACountedLoopIsReservedFirst() {
        assertRewrites(new ReserveRule(), "main.cpp", """
                #include <vector>
                int main() {
                    int n = 10;
                    std::vector<long> v;
                    for (int i = 0; i < n; ++i) {
                        v.push_back(i * 2L);
                    }
                    return (int) v.size();
                }
                """, """
                #include <vector>
                int main() {
                    int n = 10;
                    std::vector<long> v;
                    if (n > 0) v.reserve(n);
                    for (int i = 0; i < n; ++i) {
                        v.push_back(i * 2L);
                    }
                    return (int) v.size();
                }
                """);
    }

    @Test
    void loopsThatMayStopEarlyGetNoReserve() {
        assertUnchanged(new ReserveRule(), "main.cpp", """
                #include <cstdio>
                #include <vector>
                int main() {
                    int n = 0;
                    std::scanf("%d", &n);
                    std::vector<int> v;
                    for (int i = 0; i < n; ++i) {
                        int x;
                        if (std::scanf("%d", &x) != 1) break;
                        v.push_back(x);
                    }
                    return (int) v.size();
                }
                """);
    }
}
