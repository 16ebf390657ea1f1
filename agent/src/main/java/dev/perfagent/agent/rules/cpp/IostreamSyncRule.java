package dev.perfagent.agent.rules.cpp;

import dev.perfagent.agent.rules.Rule;
import dev.perfagent.agent.rules.SourceEdits;
import dev.perfagent.datasets.Language;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Unties iostreams from C stdio ({@code std::ios::sync_with_stdio(false); std::cin.tie(nullptr);} first in main) in a
 * program that reads or writes through cin/cout and never through C stdio, so mixing cannot reorder anything. Not for
 * programs that leave without running destructors ({@code _exit}, {@code quick_exit}, {@code abort}): cout's own buffer
 * would not be flushed.
 */
public final class IostreamSyncRule implements Rule {

    static final String C_STDIO = "(?<![\\w.>])(?:std::)?(?:printf|scanf|puts|putchar|getchar|gets|fgets|fputs|fprintf"
            + "|fscanf|fwrite|fread|getc|putc|fgetc|fputc|fflush|perror|vprintf|getchar_unlocked|putchar_unlocked"
            + "|_exit|quick_exit|abort|freopen)\\s*\\(";

    @Override
    public String id() {
        return "cpp-iostream-sync";
    }

    @Override
    public String description() {
        return "untie iostreams from C stdio (sync_with_stdio(false), cin.tie(nullptr)) at the start of main";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.CPP);
    }

    @Override
    public Optional<String> apply(String path, String source) {
        CppText t = new CppText(source);
        if (t.find("sync_with_stdio") || t.find(C_STDIO)) return Optional.empty();
        boolean std = t.usesStdNamespace();
        boolean cin = t.find("\\bstd::cin\\b") || std && t.find("(?<![\\w:.])cin\\b");
        boolean cout = t.find("\\bstd::cout\\b") || std && t.find("(?<![\\w:.])cout\\b");
        if (!cin && !cout) return Optional.empty();
        OptionalInt open = t.mainBodyOpen();
        if (open.isEmpty()) return Optional.empty();
        int at = open.getAsInt() + 1;
        int next = at;
        while (next < source.length() && Character.isWhitespace(t.code.charAt(next))) next++;
        String indent = source.substring(at, next).contains("\n") ? t.indentAt(next) : t.indentAt(at - 1) + "    ";
        String stmts = "\n" + indent + "std::ios::sync_with_stdio(false);"
                + (cin ? "\n" + indent + "std::cin.tie(nullptr);" : "");
        return Optional.of(new SourceEdits(source).insert(at, stmts).apply());
    }
}
