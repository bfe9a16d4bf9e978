package pyt.parser;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import pyt.parser.ast.Expr;
import pyt.parser.ast.MatchCase;
import pyt.parser.ast.Pattern;
import pyt.parser.ast.Stmt;

/** The pattern errors of CPython's compiler ({@code compiler_pattern*} in compile.c). */
final class PatternChecks {
    private final SyntaxErrors errors;
    private List<String> stores = new ArrayList<>();

    private PatternChecks(SyntaxErrors errors) {
        this.errors = errors;
    }

    static void checkCases(Stmt.Match m, SyntaxErrors errors) {
        List<MatchCase> cases = m.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase c = cases.get(i);
            new PatternChecks(errors).pattern(c.pattern(), c.guard() != null || i == cases.size() - 1);
        }
    }

    private PythonSyntaxError error(String message, Pattern p) {
        return errors.error(message, p.start(), p.end());
    }

    private void store(String name, Pattern p) {
        if (name == null) {
            return;
        }
        if (name.equals("__debug__")) {
            throw error("cannot assign to __debug__", p);
        }
        if (stores.contains(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern", p);
        }
        stores.add(name);
    }

    private void pattern(Pattern p, boolean allowIrrefutable) {
        switch (p) {
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    if (!allowIrrefutable) {
                        throw error(a.name() != null ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                                        : "wildcard makes remaining patterns unreachable", p);
                    }
                } else {
                    pattern(a.pattern(), allowIrrefutable);
                }
                store(a.name(), p);
            }
            case Pattern.MatchOr o -> {
                List<String> outer = stores;
                Set<String> control = null;
                List<Pattern> alts = o.patterns();
                for (int i = 0; i < alts.size(); i++) {
                    stores = new ArrayList<>();
                    pattern(alts.get(i), i == alts.size() - 1 && allowIrrefutable);
                    Set<String> bound = new HashSet<>(stores);
                    if (control == null) {
                        control = bound;
                    } else if (!control.equals(bound)) {
                        stores = outer;
                        throw error("alternative patterns bind different names", alts.get(i));
                    }
                }
                List<String> names = stores;
                stores = outer;
                for (String n : names) {
                    store(n, p);
                }
            }
            case Pattern.MatchSequence s -> {
                boolean star = false;
                for (Pattern item : s.patterns()) {
                    if (item instanceof Pattern.MatchStar) {
                        if (star) {
                            throw error("multiple starred names in sequence pattern", p);
                        }
                        star = true;
                    }
                }
                for (Pattern item : s.patterns()) {
                    pattern(item, true);
                }
            }
            case Pattern.MatchStar s -> store(s.name(), p);
            case Pattern.MatchMapping m -> {
                Set<Object> seen = new HashSet<>();
                for (Expr key : m.keys()) {
                    Object k = constantKey(key);
                    if (k != null) {
                        if (!seen.add(k)) {
                            throw error("mapping pattern checks duplicate key (" + repr(key) + ")", p);
                        }
                    } else if (!(key instanceof Expr.Attribute)) {
                        throw error("mapping pattern keys may only match literals and attribute lookups", p);
                    }
                }
                for (Pattern v : m.patterns()) {
                    pattern(v, true);
                }
                store(m.rest(), p);
            }
            case Pattern.MatchClass c -> {
                List<String> attrs = c.kwdAttrs();
                for (int i = 0; i < attrs.size(); i++) {
                    if (attrs.subList(0, i).contains(attrs.get(i))) {
                        throw error("attribute name repeated in class pattern: " + attrs.get(i), c.kwdPatterns().get(i));
                    }
                }
                for (Pattern sub : c.patterns()) {
                    pattern(sub, true);
                }
                for (Pattern sub : c.kwdPatterns()) {
                    pattern(sub, true);
                }
            }
            case Pattern.MatchValue v -> {
                if (constantKey(v.value()) == null && !(v.value() instanceof Expr.Attribute)) {
                    throw error("patterns may only match literals and attribute lookups", p);
                }
            }
            case Pattern.MatchSingleton s -> {
            }
        }
    }

    /**
     * A hashable stand-in with Python's equality for a literal key (1 == 1.0 == True), or null if
     * the key is not a literal after CPython's constant folding of {@code -1} and {@code 1+2j}.
     */
    private static Object constantKey(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v instanceof Boolean b) {
                return BigInteger.valueOf(b ? 1 : 0);
            }
            if (v instanceof Long l) {
                return BigInteger.valueOf(l);
            }
            if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
                return new BigDecimal(d).toBigInteger();
            }
            if (v instanceof byte[] b) {
                return "b:" + new String(b, StandardCharsets.ISO_8859_1);
            }
            if (v instanceof String s) {
                return "s:" + s;
            }
            return v;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == Expr.UnaryOpKind.USUB && u.operand() instanceof Expr.Constant c) {
            Object v = c.value();
            if (v instanceof Long l) {
                return BigInteger.valueOf(l).negate();
            }
            if (v instanceof BigInteger b) {
                return b.negate();
            }
            return List.of("neg", String.valueOf(v));
        }
        if (e instanceof Expr.BinOp b && (b.left() instanceof Expr.Constant || b.left() instanceof Expr.UnaryOp)) {
            // a complex literal such as -1+2j (the parser allows nothing else here)
            return List.of("complex", b.start());
        }
        return null;
    }

    private static String repr(Expr key) {
        if (key instanceof Expr.Constant c && c.value() instanceof String s) {
            return "'" + s + "'";
        }
        if (key instanceof Expr.Constant c) {
            Object v = c.value();
            return v instanceof Boolean b ? (b ? "True" : "False") : v == Expr.Singleton.NONE ? "None" : String.valueOf(v);
        }
        if (key instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant c) {
            return "-" + c.value();
        }
        return "...";
    }
}
