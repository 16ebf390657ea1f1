package dev.perfagent.agent.rules.cpp;

import dev.perfagent.agent.rules.Rule;
import dev.perfagent.agent.rules.SourceEdits;
import dev.perfagent.datasets.Language;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vector declared empty right before a counted loop that appends to it ({@code std::vector<T> v;} then
 * {@code for (int i = 0; i < n; ++i) ... v.push_back(...)}) gets {@code v.reserve(n)} first, so it grows once instead
 * of reallocating and copying as it goes. The loop must not leave early (break, return, goto, throw: the bound could
 * then be far larger than what is appended), the bound must be a name, a literal or a {@code size()}, and the program
 * must not look at the vector's capacity. A name bound is guarded ({@code if (n > 0)}) so a negative count stays a no-op.
 */
public final class ReserveRule implements Rule {

    private static final Pattern DECLARED_THEN_LOOP = Pattern.compile(
            "(?m)^([ \\t]*)((?:std\\s*::\\s*)?vector\\s*<[^;{}()=]*>)\\s+([A-Za-z_]\\w*)\\s*;(\\s*)"
                    + "for\\s*\\(\\s*(?:int|long|long\\s+long|unsigned|size_t|std::size_t|auto)?\\s*([A-Za-z_]\\w*)\\s*=\\s*0\\s*;"
                    + "\\s*\\5\\s*<\\s*([A-Za-z_]\\w*(?:\\s*\\.\\s*size\\s*\\(\\s*\\))?|\\d+)\\s*;"
                    + "\\s*(?:\\+\\+\\s*\\5|\\5\\s*\\+\\+|\\5\\s*\\+=\\s*1)\\s*\\)");

    @Override
    public String id() {
        return "cpp-reserve";
    }

    @Override
    public String description() {
        return "reserve a vector's size before a counted loop of push_back";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.CPP);
    }

    @Override
    public Optional<String> apply(String path, String source) {
        CppText t = new CppText(source);
        boolean std = t.usesStdNamespace();
        SourceEdits edits = new SourceEdits(source);
        Matcher m = DECLARED_THEN_LOOP.matcher(t.code);
        while (m.find()) {
            String v = m.group(3);
            String bound = m.group(6);
            if (!std && !m.group(2).startsWith("std")) continue;
            if (bound.equals(v) || bound.startsWith(v + ".") || bound.replaceAll("\\s", "").startsWith(v + ".")) continue;
            if (t.find("\\b" + Pattern.quote(v) + "\\s*\\.\\s*(capacity|reserve|shrink_to_fit)\\b")) continue;
            Optional<String> loopBody = body(t, m.end());
            if (loopBody.isEmpty()) continue;
            String b = loopBody.get();
            if (!Pattern.compile("\\b" + Pattern.quote(v) + "\\s*\\.\\s*(push_back|emplace_back)\\s*\\(").matcher(b).find()
                    || Pattern.compile("\\b(break|return|goto|throw|exit|longjmp)\\b").matcher(b).find()) {
                continue;
            }
            String cleanBound = bound.replaceAll("\\s+", "");
            String reserve = v + ".reserve(" + cleanBound + ");";
            if (cleanBound.matches("[A-Za-z_]\\w*")) reserve = "if (" + cleanBound + " > 0) " + reserve;
            edits.insert(m.start(4), "\n" + m.group(1) + reserve);
        }
        return edits.isEmpty() ? Optional.empty() : Optional.of(edits.apply());
    }

    /** The loop's body: a braced block or a single statement. */
    private static Optional<String> body(CppText t, int afterHeader) {
        int i = afterHeader;
        while (i < t.code.length() && Character.isWhitespace(t.code.charAt(i))) i++;
        if (i >= t.code.length()) return Optional.empty();
        if (t.code.charAt(i) == '{') {
            OptionalInt close = t.closing(i);
            return close.isPresent() ? Optional.of(t.code.substring(i, close.getAsInt() + 1)) : Optional.empty();
        }
        int semi = t.code.indexOf(';', i);
        String stmt = semi < 0 ? "" : t.code.substring(i, semi + 1);
        boolean compound = stmt.matches("(?s)^(if|else|for|while|do|switch)\\b.*");
        return stmt.isEmpty() || stmt.contains("{") || compound ? Optional.empty() : Optional.of(stmt);
    }
}
