package dev.perfagent.agent.rules.cpp;

import dev.perfagent.agent.rules.Rule;
import dev.perfagent.agent.rules.SourceEdits;
import dev.perfagent.datasets.Language;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code << std::endl} (and {@code << endl} under {@code using namespace std}) becomes {@code << '\n'}: the same
 * character without a flush, i.e. without a write system call per line. The stream is flushed at exit anyway; programs
 * that leave without flushing ({@code _exit}, {@code quick_exit}, {@code abort}) are left alone.
 */
public final class EndlRule implements Rule {

    private static final Pattern STD_ENDL = Pattern.compile("<<\\s*(std\\s*::\\s*endl)\\b");
    private static final Pattern BARE_ENDL = Pattern.compile("<<\\s*(endl)\\b");

    @Override
    public String id() {
        return "cpp-endl";
    }

    @Override
    public String description() {
        return "write '\\n' instead of std::endl, which flushes the stream on every line";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.CPP);
    }

    @Override
    public Optional<String> apply(String path, String source) {
        CppText t = new CppText(source);
        if (t.find("(?<![\\w.>])(?:std::)?(?:_exit|quick_exit|abort)\\s*\\(")) return Optional.empty();
        SourceEdits edits = new SourceEdits(source);
        replace(STD_ENDL.matcher(t.code), edits);
        if (t.usesStdNamespace() || t.find("\\busing\\s+std\\s*::\\s*endl\\s*;")) replace(BARE_ENDL.matcher(t.code), edits);
        return edits.isEmpty() ? Optional.empty() : Optional.of(edits.apply());
    }

    private static void replace(Matcher m, SourceEdits edits) {
        while (m.find()) edits.replace(m.start(1), m.end(1), "'\\n'");
    }
}
