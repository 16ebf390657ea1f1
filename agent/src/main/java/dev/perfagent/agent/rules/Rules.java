package dev.perfagent.agent.rules;

import dev.perfagent.agent.rules.cpp.ConstRefParameterRule;
import dev.perfagent.agent.rules.cpp.EndlRule;
import dev.perfagent.agent.rules.cpp.IostreamSyncRule;
import dev.perfagent.agent.rules.cpp.ReserveRule;
import dev.perfagent.agent.rules.java.ArrayListRule;
import dev.perfagent.agent.rules.java.PrimitiveAccumulatorRule;
import dev.perfagent.agent.rules.java.RegexCacheRule;
import dev.perfagent.agent.rules.java.RegexHoistRule;
import dev.perfagent.agent.rules.java.StringBuilderRule;
import dev.perfagent.agent.rules.python.JoinRule;
import dev.perfagent.agent.rules.python.MembershipSetRule;
import dev.perfagent.agent.rules.python.SumBuiltinRule;
import dev.perfagent.datasets.Language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rule catalogue, in the fixed order proposals come in, and which language a file is written in. */
public final class Rules {

    private Rules() {
    }

    /** Every rule, roughly by how much it usually gains; the order is part of the proposer's determinism. */
    public static List<Rule> all() {
        return List.of(
                new StringBuilderRule(),
                new RegexHoistRule(),
                new RegexCacheRule(),
                new ArrayListRule(),
                new PrimitiveAccumulatorRule(),
                new IostreamSyncRule(),
                new EndlRule(),
                new ConstRefParameterRule(),
                new ReserveRule(),
                new MembershipSetRule(),
                new JoinRule(),
                new SumBuiltinRule());
    }

    /** The language of a source file by its extension; empty for files no rule reads. */
    public static Optional<Language> languageOf(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        int dot = p.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        return switch (p.substring(dot + 1)) {
            case "java" -> Optional.of(Language.JAVA);
            case "cpp", "cc", "cxx", "c++", "hpp", "hh", "hxx", "h", "ipp", "tpp" -> Optional.of(Language.CPP);
            case "c" -> Optional.of(Language.C);
            case "py" -> Optional.of(Language.PYTHON);
            default -> Optional.empty();
        };
    }
}
