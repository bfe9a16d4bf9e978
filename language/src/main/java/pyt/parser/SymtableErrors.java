package pyt.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import pyt.parser.ast.Node;
import pyt.parser.ast.Stmt;
import pyt.parser.ast.WithItem;

/**
 * The errors of CPython's {@code symtable.c} other than global/nonlocal ones: duplicate
 * parameters, {@code import *} outside the module, yield in comprehensions, and where an
 * assignment expression may bind inside a comprehension.
 */
final class SymtableErrors {
    /** One comprehension scope: its iteration variables and its assignment-expression targets. */
    private record Comp(String kind, Set<String> iterVars, Set<String> walrus) {
    }

    private final SyntaxErrors errors;
    private boolean moduleScope = true;
    private boolean classScope;
    /** Comprehensions between here and the enclosing function, class or module. */
    private Deque<Comp> comps = new ArrayDeque<>();
    private int compIterExpr;
    private boolean compIterTarget;
    /** Whether the current scope is a comprehension's own (its first iterable is not). */
    private boolean inComp;

    SymtableErrors(SyntaxErrors errors) {
        this.errors = errors;
    }

    private PythonSyntaxError error(String message, Node n) {
        return errors.error(message, n.start(), n.end());
    }

    void statements(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    /** Runs {@code body} in a new function or class scope. */
    private void scope(boolean isClass, Runnable body) {
        boolean m = moduleScope, c = classScope, t = compIterTarget, ic = inComp;
        Deque<Comp> saved = comps;
        int it = compIterExpr;
        moduleScope = false;
        classScope = isClass;
        comps = new ArrayDeque<>();
        compIterTarget = false;
        inComp = false;
        body.run();
        inComp = ic;
        moduleScope = m;
        classScope = c;
        comps = saved;
        compIterExpr = it;
        compIterTarget = t;
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                exprs(f.decorators());
                arguments(f.args());
                expr(f.returns());
                scope(false, () -> {
                    parameters(f.args());
                    statements(f.body());
                });
            }
            case Stmt.ClassDef c -> {
                exprs(c.decorators());
                exprs(c.bases());
                keywords(c.keywords());
                scope(true, () -> statements(c.body()));
            }
            case Stmt.Return r -> expr(r.value());
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                expr(a.target());
                expr(a.annotation());
                expr(a.value());
            }
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
                statements(f.body());
                statements(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                statements(w.body());
                statements(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                statements(i.body());
                statements(i.orelse());
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    expr(item.contextExpr());
                    expr(item.optionalVars());
                }
                statements(w.body());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    expr(c.guard());
                    statements(c.body());
                }
            }
            case Stmt.Raise r -> {
                expr(r.exc());
                expr(r.cause());
            }
            case Stmt.Try t -> {
                statements(t.body());
                for (ExceptHandler h : t.handlers()) {
                    expr(h.type());
                    statements(h.body());
                }
                statements(t.orelse());
                statements(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                expr(a.msg());
            }
            case Stmt.ImportFrom i -> {
                for (Alias a : i.names()) {
                    if (a.name().equals("*") && !moduleScope) {
                        throw error("import * only allowed at module level", a);
                    }
                }
            }
            case Stmt.ExprStmt e -> expr(e.value());
            default -> {
            }
        }
    }

    /** Defaults and annotations are evaluated in the enclosing scope. */
    private void arguments(Arguments a) {
        exprs(a.defaults());
        for (Expr d : a.kwDefaults()) {
            expr(d);
        }
        for (Arguments.Arg arg : allArgs(a)) {
            expr(arg.annotation());
        }
    }

    private static List<Arguments.Arg> allArgs(Arguments a) {
        List<Arguments.Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        return all;
    }

    /** In symtable.c's order: positional, keyword-only, then *args and **kwargs. */
    private void parameters(Arguments a) {
        Set<String> seen = new HashSet<>();
        List<Arguments.Arg> ordered = new ArrayList<>(a.posonlyargs());
        ordered.addAll(a.args());
        ordered.addAll(a.kwonlyargs());
        if (a.vararg() != null) {
            ordered.add(a.vararg());
        }
        if (a.kwarg() != null) {
            ordered.add(a.kwarg());
        }
        for (Arguments.Arg arg : ordered) {
            if (!seen.add(arg.name())) {
                throw error("duplicate argument '" + arg.name() + "' in function definition", arg);
            }
        }
    }

    private void keywords(List<Keyword> ks) {
        for (Keyword k : ks) {
            expr(k.value());
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.Name n -> {
                if (compIterTarget && !comps.isEmpty()) {
                    Comp c = comps.peek();
                    if (c.walrus().contains(n.id())) {
                        throw error("comprehension inner loop cannot rebind assignment expression target '" + n.id() + "'", e);
                    }
                    c.iterVars().add(n.id());
                }
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                namedExpr(n);
            }
            case Expr.Yield y -> {
                expr(y.value());
                yieldInComprehension(e);
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                yieldInComprehension(e);
            }
            case Expr.Lambda l -> {
                arguments(l.args());
                scope(false, () -> {
                    parameters(l.args());
                    expr(l.body());
                });
            }
            case Expr.ListComp c -> comprehension("list comprehension", c.generators(), List.of(c.elt()));
            case Expr.SetComp c -> comprehension("set comprehension", c.generators(), List.of(c.elt()));
            case Expr.DictComp c -> comprehension("dict comprehension", c.generators(), List.of(c.key(), c.value()));
            case Expr.GeneratorExp c -> comprehension("generator expression", c.generators(), List.of(c.elt()));
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    expr(d.keys().get(i));
                    expr(d.values().get(i));
                }
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.Await a -> expr(a.value());
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                keywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                expr(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.ListExpr l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
            case Expr.Slice s -> {
                expr(s.lower());
                expr(s.upper());
                expr(s.step());
            }
            case Expr.Constant c -> {
            }
        }
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n);
        }
        if (comps.isEmpty()) {
            return;
        }
        String id = n.target().id();
        for (Comp c : comps) {
            if (c.iterVars().contains(id)) {
                throw error("assignment expression cannot rebind comprehension iteration variable '" + id + "'", n);
            }
        }
        if (classScope) {
            throw error("assignment expression within a comprehension cannot be used in a class body", n);
        }
        comps.peek().walrus().add(id);
    }

    private void yieldInComprehension(Expr e) {
        if (inComp) {
            throw error("'yield' inside " + comps.peek().kind(), e);
        }
    }

    private void comprehension(String kind, List<Comprehension> gens, List<Expr> elts) {
        compIterExpr++;
        expr(gens.get(0).iter());
        compIterExpr--;
        int savedIter = compIterExpr;
        boolean savedInComp = inComp;
        inComp = true;
        comps.push(new Comp(kind, new HashSet<>(), new HashSet<>()));
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            compIterTarget = true;
            expr(c.target());
            compIterTarget = false;
            if (i > 0) {
                compIterExpr++;
                expr(c.iter());
                compIterExpr--;
            }
            exprs(c.ifs());
        }
        exprs(elts);
        comps.pop();
        compIterExpr = savedIter;
        inComp = savedInComp;
    }
}
