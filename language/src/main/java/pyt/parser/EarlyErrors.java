package pyt.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import pyt.parser.ast.Alias;
import pyt.parser.ast.Arguments;
import pyt.parser.ast.Comprehension;
import pyt.parser.ast.ExceptHandler;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Keyword;
import pyt.parser.ast.MatchCase;
import pyt.parser.ast.Module;
import pyt.parser.ast.Node;
import pyt.parser.ast.Stmt;
import pyt.parser.ast.WithItem;

/**
 * The errors CPython raises after parsing but before running code, in CPython's order: the
 * {@code __future__} rules ({@code future.c}), then the symbol-table errors ({@code symtable.c}:
 * duplicate arguments, {@code import *}, yield in comprehensions, walrus restrictions), then the
 * compiler's ({@code compile.c}: return/yield/await/break/continue placement, starred
 * expressions, {@code __debug__}, patterns...). Global/nonlocal declaration errors are not here:
 * scope analysis in the compiler package reports them.
 */
final class EarlyErrors {
    private enum Scope { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    private final SyntaxErrors errors;
    private Scope scope = Scope.MODULE;
    private boolean asyncGenerator;
    private int loops;
    /** Nesting of compile.c's frame blocks (loops, with, try parts); CPython allows 20. */
    private int blocks;
    private static final int MAX_BLOCKS = 20;
    /** Line of the last valid leading __future__ import; later ones are errors. */
    private int futureLine;

    private EarlyErrors(SyntaxErrors errors) {
        this.errors = errors;
    }

    static void checkModule(Module m, SyntaxErrors errors) {
        int futureLine = FutureImports.check(m.body(), errors);
        new SymtableErrors(errors).statements(m.body());
        EarlyErrors e = new EarlyErrors(errors);
        e.futureLine = futureLine;
        e.statements(m.body());
    }

    static void checkExpression(Expr e, SyntaxErrors errors) {
        new SymtableErrors(errors).expr(e);
        new EarlyErrors(errors).expr(e);
    }

    private PythonSyntaxError error(String message, Node n) {
        return errors.error(message, n.start(), n.end());
    }

    private boolean inFunction() {
        return scope == Scope.FUNCTION || scope == Scope.ASYNC_FUNCTION;
    }

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                forbidden(f.name(), s, false);
                exprs(f.decorators());
                arguments(f.args(), true, s);
                if (f.returns() != null) {
                    expr(f.returns());
                }
                Scope saved = scope;
                boolean savedGen = asyncGenerator;
                int savedLoops = loops;
                int savedBlocks = blocks;
                scope = f.isAsync() ? Scope.ASYNC_FUNCTION : Scope.FUNCTION;
                asyncGenerator = f.isAsync() && YieldFinder.containsYield(f.body());
                loops = 0;
                blocks = 0;
                statements(f.body());
                scope = saved;
                asyncGenerator = savedGen;
                loops = savedLoops;
                blocks = savedBlocks;
            }
            case Stmt.ClassDef c -> {
                forbidden(c.name(), s, false);
                exprs(c.decorators());
                elements(c.bases());
                keywords(c.keywords(), s);
                Scope saved = scope;
                int savedLoops = loops;
                int savedBlocks = blocks;
                scope = Scope.CLASS;
                loops = 0;
                blocks = 0;
                statements(c.body());
                scope = saved;
                loops = savedLoops;
                blocks = savedBlocks;
            }
            case Stmt.Return r -> {
                if (!inFunction()) {
                    throw error("'return' outside function", s);
                }
                if (r.value() != null) {
                    if (asyncGenerator) {
                        throw error("'return' with value in async generator", s);
                    }
                    expr(r.value());
                }
            }
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    target(t, true);
                }
            }
            case Stmt.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) {
                    target(t, false);
                }
            }
            case Stmt.AugAssign a -> {
                target(a.target(), false);
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                target(a.target(), false);
                expr(a.annotation());
                if (a.value() != null) {
                    expr(a.value());
                }
            }
            case Stmt.For f -> {
                if (f.isAsync() && scope != Scope.ASYNC_FUNCTION) {
                    throw error("'async for' outside async function", s);
                }
                expr(f.iter());
                target(f.target(), false);
                push(s, 1);
                loop(f.body());
                blocks--;
                statements(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                push(s, 1);
                loop(w.body());
                blocks--;
                statements(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                statements(i.body());
                statements(i.orelse());
            }
            case Stmt.With w -> {
                if (w.isAsync() && scope != Scope.ASYNC_FUNCTION) {
                    throw error("'async with' outside async function", s);
                }
                for (WithItem item : w.items()) {
                    expr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        target(item.optionalVars(), false);
                    }
                }
                push(s, w.items().size());
                statements(w.body());
                blocks -= w.items().size();
            }
            case Stmt.Match m -> {
                expr(m.subject());
                PatternChecks.checkCases(m, errors);
                for (MatchCase c : m.cases()) {
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    statements(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                }
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
            case Stmt.Try t -> {
                int outer = blocks;
                if (!t.finalbody().isEmpty()) {
                    push(s, 1);
                }
                if (!t.handlers().isEmpty()) {
                    push(s, 1);
                }
                statements(t.body());
                if (!t.handlers().isEmpty()) {
                    blocks--;
                    push(s, 2);
                }
                List<ExceptHandler> hs = t.handlers();
                for (int i = 0; i < hs.size(); i++) {
                    ExceptHandler h = hs.get(i);
                    if (h.type() == null && i < hs.size() - 1) {
                        throw error("default 'except:' must be last", h);
                    }
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        forbidden(h.name(), h, false);
                    }
                    statements(h.body());
                }
                if (!t.handlers().isEmpty()) {
                    blocks -= 2;
                }
                statements(t.orelse());
                blocks = outer;
                if (!t.finalbody().isEmpty()) {
                    push(s, 1);
                    statements(t.finalbody());
                }
                blocks = outer;
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) {
                    String bound = a.asname() != null ? a.asname() : a.name().split("\\.", 2)[0];
                    forbidden(bound, s, false);
                }
            }
            case Stmt.ImportFrom i -> {
                if (FutureImports.isFuture(s) && errors.lineOf(s.start()) > futureLine) {
                    throw error(FutureImports.LATE, s);
                }
                for (Alias a : i.names()) {
                    forbidden(a.asname() != null ? a.asname() : a.name(), s, false);
                }
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Break b -> {
                if (loops == 0) {
                    throw error("'break' outside loop", s);
                }
            }
            case Stmt.Continue c -> {
                if (loops == 0) {
                    throw error("'continue' not properly in loop", s);
                }
            }
            case Stmt.Global g -> {
            }
            case Stmt.Nonlocal n -> {
            }
            case Stmt.Pass p -> {
            }
        }
    }

    private void push(Stmt s, int n) {
        for (int i = 0; i < n; i++) {
            if (blocks >= MAX_BLOCKS) {
                throw error("too many statically nested blocks", s);
            }
            blocks++;
        }
    }

    private void loop(List<Stmt> body) {
        loops++;
        statements(body);
        loops--;
    }

    private void forbidden(String name, Node at, boolean delete) {
        if ("__debug__".equals(name)) {
            throw error(delete ? "cannot delete __debug__" : "cannot assign to __debug__", at);
        }
    }

    /** Parameters; compile.c reports a bad name at the def or lambda ({@code owner}). */
    private void arguments(Arguments a, boolean annotations, Node owner) {
        exprs(a.defaults());
        for (Expr d : a.kwDefaults()) {
            if (d != null) {
                expr(d);
            }
        }
        List<Arguments.Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        for (Arguments.Arg arg : all) {
            forbidden(arg.name(), owner, false);
            if (annotations && arg.annotation() != null) {
                // only *args may have a starred annotation (*args: *Ts); the parser enforces it
                expr(arg.annotation() instanceof Expr.Starred st ? st.value() : arg.annotation());
            }
        }
    }

    /** An assignment or deletion target: starred placement, __debug__, then the loaded parts. */
    private void target(Expr t, boolean delete) {
        switch (t) {
            case Expr.Name n -> forbidden(n.id(), t, delete);
            case Expr.Attribute a -> {
                forbidden(a.attr(), t, delete);
                expr(a.value());
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> throw error("starred assignment target must be in a list or tuple", t);
            case Expr.Tuple tu -> sequenceTarget(tu.elts(), delete, t);
            case Expr.ListExpr l -> sequenceTarget(l.elts(), delete, t);
            default -> expr(t);
        }
    }

    private void sequenceTarget(List<Expr> elts, boolean delete, Expr whole) {
        boolean starred = false;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                if (starred) {
                    throw error("multiple starred expressions in assignment", whole);
                }
                starred = true;
                target(s.value(), delete);
            } else {
                target(e, delete);
            }
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    /** Elements of a tuple/list/set display or call arguments, where '*x' is allowed. */
    private void elements(List<Expr> es) {
        for (Expr e : es) {
            expr(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    private void keywords(List<Keyword> ks, Node owner) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : ks) {
            if (k.name() != null) {
                forbidden(k.name(), owner, false);
                if (!seen.add(k.name())) {
                    throw error("keyword argument repeated: " + k.name(), k);
                }
            }
            expr(k.value());
        }
    }

    void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> {
                forbidden(n.target().id(), n.target(), false);
                expr(n.value());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                arguments(l.args(), false, e);
                Scope saved = scope;
                boolean savedGen = asyncGenerator;
                scope = Scope.LAMBDA;
                asyncGenerator = false;
                expr(l.body());
                scope = saved;
                asyncGenerator = savedGen;
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    if (d.keys().get(i) != null) {
                        expr(d.keys().get(i));
                    }
                    expr(d.values().get(i));
                }
            }
            case Expr.Set s -> elements(s.elts());
            case Expr.ListComp c -> comprehension(e, c.generators(), List.of(c.elt()), false);
            case Expr.SetComp c -> comprehension(e, c.generators(), List.of(c.elt()), false);
            case Expr.DictComp c -> comprehension(e, c.generators(), List.of(c.key(), c.value()), false);
            case Expr.GeneratorExp c -> comprehension(e, c.generators(), List.of(c.elt()), true);
            case Expr.Await a -> {
                if (scope == Scope.MODULE || scope == Scope.CLASS) {
                    throw error("'await' outside function", e);
                }
                if (scope != Scope.ASYNC_FUNCTION && scope != Scope.COMPREHENSION) {
                    throw error("'await' outside async function", e);
                }
                expr(a.value());
            }
            case Expr.Yield y -> {
                yieldPlacement(e);
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                yieldPlacement(e);
                if (scope == Scope.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function", e);
                }
                expr(y.value());
            }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                elements(c.args());
                keywords(c.keywords(), e);
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                if (s.slice() instanceof Expr.Tuple t) {
                    elements(t.elts());
                } else {
                    expr(s.slice());
                }
            }
            case Expr.Starred s -> throw error("can't use starred expression here", e);
            case Expr.Name n -> {
            }
            case Expr.ListExpr l -> elements(l.elts());
            case Expr.Tuple t -> elements(t.elts());
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
        }
    }

    private void yieldPlacement(Expr e) {
        if (scope != Scope.FUNCTION && scope != Scope.ASYNC_FUNCTION && scope != Scope.LAMBDA) {
            throw error("'yield' outside function", e);
        }
    }

    /**
     * The first iterable is evaluated in the enclosing scope; the rest in the comprehension's
     * own, where await is allowed but makes it an async comprehension that (unless it is a
     * generator expression) needs an async function around it.
     */
    private void comprehension(Expr node, List<Comprehension> gens, List<Expr> elts, boolean genexp) {
        expr(gens.get(0).iter());
        Scope saved = scope;
        if (!genexp && saved != Scope.ASYNC_FUNCTION && saved != Scope.COMPREHENSION && YieldFinder.isAsyncComprehension(gens, elts)) {
            throw error("asynchronous comprehension outside of an asynchronous function", node);
        }
        scope = Scope.COMPREHENSION;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            target(c.target(), false);
            if (i > 0) {
                expr(c.iter());
            }
            exprs(c.ifs());
        }
        exprs(elts);
        scope = saved;
    }
}
