package dev.perfagent.agent.rules;

import dev.perfagent.agent.rules.java.ArrayListRule;
import dev.perfagent.agent.rules.java.PrimitiveAccumulatorRule;
import dev.perfagent.agent.rules.java.RegexCacheRule;
import dev.perfagent.agent.rules.java.RegexHoistRule;
import dev.perfagent.agent.rules.java.StringBuilderRule;
import org.junit.jupiter.api.Test;

import static dev.perfagent.agent.rules.RuleCheck.assertRewrites;
import static dev.perfagent.agent.rules.RuleCheck.assertUnchanged;

class JavaRulesTest {

    @Test
    void stringConcatenationInALoopBecomesAStringBuilder() {
        assertRewrites(new StringBuilderRule(), "Main.java", """
                class Main {
                    static String report(int n) {
                        String s = "";
                        for (int i = 0; i < n; i++) {
                            s += i + ",";
                            s = s + i + 1;
                        }
                        s += "end";
                        return s;
                    }
                }
                """, """
                class Main {
                    static String report(int n) {
                        StringBuilder s = new StringBuilder();
                        for (int i = 0; i < n; i++) {
                            s.append(i + ",");
                            s.append(i).append(1);
                        }
                        s.append("end");
                        return s.toString();
                    }
                }
                """);
    }

    @Test
    void aStringReadInsideTheLoopStaysAString() {
        assertUnchanged(new StringBuilderRule(), "Main.java", """
                class Main {
                    static String f(int n) {
                        String s = "";
                        for (int i = 0; i < n; i++) {
                            s += i;
                            System.out.println(s.length());
                        }
                        return s;
                    }
                }
                """);
        assertUnchanged(new StringBuilderRule(), "Main.java", """
                class Main {
                    static String f(char[] cs, int n) {
                        String s = "";
                        for (int i = 0; i < n; i++) s += cs;
                        return s;
                    }
                }
                """);
    }

    @Test
    void regexesInLoopsAreCompiledOnce() {
        assertRewrites(new RegexHoistRule(), "Main.java", """
                import java.util.regex.Pattern;

                class Main {
                    static final String WORD = "[a-z]+";

                    static int count(String[] lines) {
                        int n = 0;
                        for (String line : lines) {
                            if (Pattern.compile(WORD).matcher(line).find()) n++;
                            if (line.matches("\\\\d+")) n++;
                            String t = line.replaceAll("\\\\s+", " ");
                            n += t.split(",\\\\s*").length;
                            n += t.split(",").length;
                        }
                        return n;
                    }
                }
                """, """
                import java.util.regex.Pattern;

                class Main {
                    static final String WORD = "[a-z]+";
                    private static final Pattern WORD_PATTERN = Pattern.compile(WORD);
                    private static final Pattern PATTERN = Pattern.compile("\\\\d+");
                    private static final Pattern PATTERN_2 = Pattern.compile("\\\\s+");
                    private static final Pattern PATTERN_3 = Pattern.compile(",\\\\s*");

                    static int count(String[] lines) {
                        int n = 0;
                        for (String line : lines) {
                            if (WORD_PATTERN.matcher(line).find()) n++;
                            if (PATTERN.matcher(line).matches()) n++;
                            String t = PATTERN_2.matcher(line).replaceAll(" ");
                            n += PATTERN_3.split(t).length;
                            n += t.split(",").length;
                        }
                        return n;
                    }
                }
                """);
    }

    @Test
    void regexesOutsideLoopsOrNotConstantOrOnUnknownReceiversStay() {
        assertUnchanged(new RegexHoistRule(), "Main.java", """
                import java.util.regex.Pattern;

                class Main {
                    static boolean f(String s, String[] rs, Object o) {
                        boolean ok = s.matches("a+");
                        for (String r : rs) {
                            ok &= Pattern.compile(r).matcher(s).matches();
                            ok &= s.split("\\\\|").length > 1;
                            ok &= o.toString().matches("b+");
                            ok &= s.matches("(unclosed");
                        }
                        return ok;
                    }
                }
                """);
    }

    @Test
    void anIndexedLinkedListBecomesAnArrayList() {
        assertRewrites(new ArrayListRule(), "Main.java", """
                import java.util.LinkedList;
                import java.util.List;

                class Main {
                    static long sum(int n) {
                        List<Integer> xs = new LinkedList<>();
                        for (int i = 0; i < n; i++) xs.add(i);
                        long s = 0;
                        for (int i = 0; i < xs.size(); i++) s += xs.get(i);
                        return s;
                    }
                }
                """, """
                import java.util.ArrayList;
                import java.util.List;

                class Main {
                    static long sum(int n) {
                        List<Integer> xs = new ArrayList<>();
                        for (int i = 0; i < n; i++) xs.add(i);
                        long s = 0;
                        for (int i = 0; i < xs.size(); i++) s += xs.get(i);
                        return s;
                    }
                }
                """);
    }

    @Test
    void aLinkedListUsedAsAQueueOrPassedOnStays() {
        assertUnchanged(new ArrayListRule(), "Main.java", """
                import java.util.LinkedList;

                class Main {
                    static int f(int n) {
                        LinkedList<Integer> q = new LinkedList<>();
                        for (int i = 0; i < n; i++) q.add(q.get(0) + q.removeFirst());
                        return q.size();
                    }
                }
                """);
        assertUnchanged(new ArrayListRule(), "Main.java", """
                import java.util.LinkedList;
                import java.util.List;

                class Main {
                    static int f(int n) {
                        List<Integer> xs = new LinkedList<>();
                        for (int i = 0; i < n; i++) xs.get(i);
                        return g(xs);
                    }
                    static int g(List<Integer> l) { return l.size(); }
                }
                """);
    }

    @Test
    void boxedAccumulatorsBecomePrimitives() {
        assertRewrites(new PrimitiveAccumulatorRule(), "Main.java", """
                class Main {
                    static String f(int[] xs) {
                        Long sum = 0L;
                        Integer best = 0;
                        Integer run = 0;
                        for (int x : xs) {
                            sum += x;
                            run++;
                            if (run > best) best = run;
                        }
                        return sum + " " + best + " " + (double) sum / xs.length;
                    }
                }
                """, """
                class Main {
                    static String f(int[] xs) {
                        long sum = 0L;
                        int best = 0;
                        int run = 0;
                        for (int x : xs) {
                            sum += x;
                            run++;
                            if (run > best) best = run;
                        }
                        return sum + " " + best + " " + (double) sum / xs.length;
                    }
                }
                """);
    }

    @Test
    void boxesThatAreComparedByIdentityPassedOnOrNullableStay() {
        assertUnchanged(new PrimitiveAccumulatorRule(), "Main.java", """
                import java.util.List;

                class Main {
                    static boolean f(int[] xs, Integer other) {
                        Integer a = 0;
                        Integer b = 0;
                        for (int x : xs) { a += x; b += x; }
                        return a == b;
                    }
                    static void g(int[] xs, List<Integer> l) {
                        Integer i = 0;
                        for (int x : xs) i++;
                        l.remove(i);
                    }
                    static void h(int[] xs, java.util.Map<String, Integer> m) {
                        Integer c = 0;
                        for (int x : xs) c = m.get("k");
                        System.out.println(c);
                    }
                }
                """);
    }

    @Test
    void regexesComputedInLoopsGoThroughACache() {
        assertRewrites(new RegexCacheRule(), "Main.java", """
                import java.util.regex.Pattern;

                class Main {
                    static int hits(String[] routes, String path) {
                        int n = 0;
                        for (String r : routes) {
                            if (Pattern.compile(r + "/?").matcher(path).matches()) n++;
                        }
                        return n;
                    }
                }
                """, """
                import java.util.regex.Pattern;

                class Main {
                    private static final java.util.Map<String, Pattern> PATTERN_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

                    private static Pattern cachedPattern(String regex) {
                        Pattern p = PATTERN_CACHE.get(regex);
                        if (p == null) {
                            p = Pattern.compile(regex);
                            if (PATTERN_CACHE.size() < 1024) PATTERN_CACHE.put(regex, p);
                        }
                        return p;
                    }

                    static int hits(String[] routes, String path) {
                        int n = 0;
                        for (String r : routes) {
                            if (cachedPattern(r + "/?").matcher(path).matches()) n++;
                        }
                        return n;
                    }
                }
                """);
    }

    @Test
    void constantRegexesAndCompilesOutsideLoopsAreNotCached() {
        assertUnchanged(new RegexCacheRule(), "Main.java", """
                import java.util.regex.Pattern;

                class Main {
                    static boolean f(String r, String s, String[] xs) {
                        boolean ok = Pattern.compile(r).matcher(s).matches();
                        for (String x : xs) ok |= Pattern.compile("a+").matcher(x).matches();
                        return ok;
                    }
                }
                """);
    }
}
