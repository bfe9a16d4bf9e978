package pyt.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.access.TargetNode;
import pyt.nodes.lib.ConditionNode;
import pyt.nodes.pattern.CapturePatternNode;
import pyt.nodes.pattern.ClassPatternNode;
import pyt.nodes.pattern.MappingPatternNode;
import pyt.nodes.pattern.MatchCaseNode;
import pyt.nodes.pattern.MatchNode;
import pyt.nodes.pattern.OrPatternNode;
import pyt.nodes.pattern.PatternNode;
import pyt.nodes.pattern.SequencePatternNode;
import pyt.nodes.pattern.SingletonPatternNode;
import pyt.nodes.pattern.ValuePatternNode;
import pyt.parser.ast.MatchCase;
import pyt.parser.ast.Pattern;
import pyt.parser.ast.Stmt;
import pyt.runtime.PyNone;

/**
 * Translates a {@code match} statement (PEP 634). Each captured name gets a temporary slot,
 * shared by all cases of the statement; a case assigns the captures to the names once its
 * whole pattern matched. The parser ({@code PatternChecks}) has already reported the patterns
 * CPython's compiler rejects.
 */
final class PatternTranslator {
    private final FunctionTranslator fn;
    /** Capture slots of the statement, by name. */
    private final Map<String, Integer> slots = new HashMap<>();
    /** The current case's captures, in binding order, with the pattern that binds each. */
    private Map<String, Pattern> captures;

    PatternTranslator(FunctionTranslator fn) {
        this.fn = fn;
    }

    StmtNode match(Stmt.Match m) {
        ExprNode subject = fn.exprs.expr(m.subject());
        MatchCaseNode[] cases = new MatchCaseNode[m.cases().size()];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = matchCase(m.cases().get(i));
        }
        return fn.resume == null ? new MatchNode(subject, cases) : new MatchNode(subject, cases, fn.resume, fn.temporary(), fn.temporary());
    }

    private MatchCaseNode matchCase(MatchCase c) {
        captures = new LinkedHashMap<>();
        PatternNode pattern = pattern(c.pattern());
        List<TargetNode> stores = new ArrayList<>();
        int[] captureSlots = new int[captures.size()];
        for (Map.Entry<String, Pattern> e : captures.entrySet()) {
            captureSlots[stores.size()] = slots.get(e.getKey());
            stores.add(fn.writeName(e.getKey(), e.getValue()));
        }
        ConditionNode guard = c.guard() == null ? null : fn.stmts.condition(c.guard());
        return fn.at(new MatchCaseNode(pattern, stores.toArray(new TargetNode[0]), captureSlots, guard, fn.stmts.block(c.body())),
                        c.pattern());
    }

    /** The slot a pattern captures {@code name} into; -1 for none. */
    private int capture(String name, Pattern at) {
        if (name == null) {
            return -1;
        }
        captures.putIfAbsent(name, at);
        return slots.computeIfAbsent(name, n -> fn.temporary());
    }

    private PatternNode pattern(Pattern p) {
        PatternNode node = switch (p) {
            case Pattern.MatchAs a -> new CapturePatternNode(a.pattern() == null ? null : pattern(a.pattern()), capture(a.name(), a));
            case Pattern.MatchValue v -> new ValuePatternNode(fn.exprs.expr(v.value()));
            case Pattern.MatchSingleton s -> new SingletonPatternNode(s.value() instanceof Boolean b ? b : PyNone.NONE);
            case Pattern.MatchOr o -> {
                PatternNode[] alternatives = new PatternNode[o.patterns().size()];
                for (int i = 0; i < alternatives.length; i++) {
                    alternatives[i] = pattern(o.patterns().get(i));
                }
                yield new OrPatternNode(alternatives);
            }
            case Pattern.MatchSequence s -> sequence(s);
            case Pattern.MatchMapping m -> {
                ExprNode[] keys = new ExprNode[m.keys().size()];
                PatternNode[] values = new PatternNode[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = fn.exprs.expr(m.keys().get(i));
                    values[i] = pattern(m.patterns().get(i));
                }
                yield new MappingPatternNode(keys, values, capture(m.rest(), m));
            }
            case Pattern.MatchClass c -> {
                List<Pattern> all = new ArrayList<>(c.patterns());
                all.addAll(c.kwdPatterns());
                PatternNode[] subpatterns = new PatternNode[all.size()];
                for (int i = 0; i < subpatterns.length; i++) {
                    subpatterns[i] = pattern(all.get(i));
                }
                yield new ClassPatternNode(fn.exprs.expr(c.cls()), subpatterns, c.patterns().size(), c.kwdAttrs().toArray(new String[0]));
            }
            case Pattern.MatchStar s -> throw fn.errors.at(s, "can't use starred expression here");
        };
        return fn.at(node, p);
    }

    private PatternNode sequence(Pattern.MatchSequence s) {
        List<Pattern> items = s.patterns();
        PatternNode[] patterns = new PatternNode[items.size()];
        int star = -1;
        int starSlot = -1;
        for (int i = 0; i < patterns.length; i++) {
            Pattern item = items.get(i);
            if (item instanceof Pattern.MatchStar st) {
                star = i;
                starSlot = capture(st.name(), st);
            } else {
                PatternNode node = pattern(item);
                patterns[i] = node instanceof CapturePatternNode c && c.isWildcard() ? null : node;
            }
        }
        return new SequencePatternNode(patterns, star, starSlot);
    }
}
