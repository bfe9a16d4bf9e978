package pyt.compiler;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pyt.parser.ast.Arguments;
import pyt.parser.ast.Comprehension;
import pyt.parser.ast.ExceptHandler;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Keyword;
import pyt.parser.ast.MatchCase;
import pyt.parser.ast.Module;
import pyt.parser.ast.Pattern;
import pyt.parser.ast.Stmt;
import pyt.parser.ast.WithItem;

/**
 * CPython's symbol table pass: first records, per scope, which names are assigned, used and
 * declared global or nonlocal; then resolves every name to a {@link Scope.Binding}. Raises
 * the SyntaxErrors CPython's symtable raises (global/nonlocal misuse).
 */
public final class ScopeAnalyzer {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final SyntaxErrorFactory errors;
    private Scope current;

    private ScopeAnalyzer(SyntaxErrorFactory errors) {
        this.errors = errors;
    }

    /** Analyzes a module; the result maps Module, FunctionDef, Lambda, ClassDef and comprehension nodes to scopes. */
    public static Map<Object, Scope> analyze(Module module, SyntaxErrorFactory errors) {
        ScopeAnalyzer a = new ScopeAnalyzer(errors);
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null);
        a.scopes.put(module, top);
        a.current = top;
        a.stmts(module.body());
        a.resolve(top, new HashSet<>());
        return a.scopes;
    }

    // ---- collection ----

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                exprs(f.decorators());
                argumentDefaults(f.args());
                if (f.returns() != null) {
                    expr(f.returns());
                }
                argumentAnnotations(f.args());
                bind(f.name(), f);
                Scope scope = enter(Scope.Kind.FUNCTION, f.name(), f);
                scope.isCoroutine = f.isAsync();
                parameters(f.args());
                stmts(f.body());
                current = scope.parent;
            }
            case Stmt.ClassDef c -> {
                exprs(c.decorators());
                exprs(c.bases());
                keywords(c.keywords());
                bind(c.name(), c);
                Scope scope = enter(Scope.Kind.CLASS, c.name(), c);
                stmts(c.body());
                current = scope.parent;
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                }
            }
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    target(t);
                }
            }
            case Stmt.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) {
                    target(t);
                }
            }
            case Stmt.AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Expr.Name n) {
                    use(n.id(), n);
                }
                target(a.target());
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n && (current.globals.contains(n.id()) || current.nonlocals.contains(n.id()))) {
                    throw errors.at(n, "annotated name '" + n.id() + "' can't be " + (current.globals.contains(n.id()) ? "global" : "nonlocal"));
                }
                if (current.kind != Scope.Kind.FUNCTION) {
                    expr(a.annotation());
                }
                if (a.value() != null) {
                    expr(a.value());
                    target(a.target());
                } else if (a.target() instanceof Expr.Name n) {
                    if (current.kind == Scope.Kind.FUNCTION) {
                        current.assigned.add(n.id());
                    }
                } else {
                    targetSubexpressions(a.target());
                }
            }
            case Stmt.For f -> {
                expr(f.iter());
                target(f.target());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    expr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        target(item.optionalVars());
                    }
                }
                stmts(w.body());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    stmts(c.body());
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
                stmts(t.body());
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        bind(h.name(), h);
                    }
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> {
                for (var alias : i.names()) {
                    String name = alias.asname() != null ? alias.asname() : alias.name().split("\\.")[0];
                    bind(name, alias);
                }
            }
            case Stmt.ImportFrom i -> {
                for (var alias : i.names()) {
                    if (!alias.name().equals("*")) {
                        bind(alias.asname() != null ? alias.asname() : alias.name(), alias);
                    }
                }
            }
            case Stmt.Global g -> declare(g.names(), true, g);
            case Stmt.Nonlocal n -> declare(n.names(), false, n);
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    private void declare(List<String> names, boolean global, Stmt node) {
        String what = global ? "global" : "nonlocal";
        if (!global && current.kind == Scope.Kind.MODULE) {
            throw errors.at(node, "nonlocal declaration not allowed at module level");
        }
        for (String id : names) {
            String name = current.mangle(id);
            if (current.params.contains(name)) {
                throw errors.at(node, "name '" + name + "' is parameter and " + what);
            }
            if (global ? current.nonlocals.contains(name) : current.globals.contains(name)) {
                throw errors.at(node, "name '" + name + "' is nonlocal and global");
            }
            if (current.assigned.contains(name)) {
                throw errors.at(node, "name '" + name + "' is assigned to before " + what + " declaration");
            }
            if (current.used.contains(name)) {
                throw errors.at(node, "name '" + name + "' is used prior to " + what + " declaration");
            }
            (global ? current.globals : current.nonlocals).add(name);
            current.declarations.put(name, node);
        }
    }

    private Scope enter(Scope.Kind kind, String name, Object node) {
        Scope scope = new Scope(kind, name, current);
        scopes.put(node, scope);
        current = scope;
        return scope;
    }

    private void bind(String name, Object node) {
        current.assigned.add(current.mangle(name));
    }

    private void use(String id, Object node) {
        String name = current.mangle(id);
        current.used.add(name);
        if (name.equals("super") || name.equals("__class__")) {
            markClassCellUse();
        }
    }

    private void markClassCellUse() {
        Scope s = current;
        while (s != null && s.kind == Scope.Kind.FUNCTION) {
            if (s.parent != null && s.parent.kind == Scope.Kind.CLASS) {
                s.parent.needsClassCell = true;
                current.used.add("__class__");
                return;
            }
            s = s.parent;
        }
    }

    private void parameters(Arguments args) {
        for (Arguments.Arg a : args.posonlyargs()) {
            param(a.name());
        }
        for (Arguments.Arg a : args.args()) {
            param(a.name());
        }
        if (args.vararg() != null) {
            param(args.vararg().name());
        }
        for (Arguments.Arg a : args.kwonlyargs()) {
            param(a.name());
        }
        if (args.kwarg() != null) {
            param(args.kwarg().name());
        }
    }

    private void param(String id) {
        String name = current.mangle(id);
        current.params.add(name);
        current.assigned.add(name);
    }

    private void argumentDefaults(Arguments args) {
        exprs(args.defaults());
        for (Expr e : args.kwDefaults()) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void argumentAnnotations(Arguments args) {
        for (List<Arguments.Arg> list : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
            for (Arguments.Arg a : list) {
                if (a.annotation() != null) {
                    expr(a.annotation());
                }
            }
        }
        if (args.vararg() != null && args.vararg().annotation() != null) {
            expr(args.vararg().annotation());
        }
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            expr(args.kwarg().annotation());
        }
    }

    private void target(Expr t) {
        switch (t) {
            case Expr.Name n -> bind(n.id(), n);
            case Expr.Tuple tu -> tu.elts().forEach(this::target);
            case Expr.ListExpr l -> l.elts().forEach(this::target);
            case Expr.Starred s -> target(s.value());
            default -> targetSubexpressions(t);
        }
    }

    private void targetSubexpressions(Expr t) {
        switch (t) {
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> expr(t);
        }
    }

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    private void keywords(List<Keyword> list) {
        for (Keyword k : list) {
            expr(k.value());
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> {
                expr(n.value());
                Scope s = current;
                while (s.isComprehension) {
                    s = s.parent;
                }
                if (s != current && s.kind == Scope.Kind.CLASS) {
                    throw errors.at(n, "assignment expression within a comprehension cannot be used in a class body");
                }
                s.assigned.add(n.target().id());
                if (s != current) {
                    current.used.add(n.target().id());
                    current.nonlocalsFromWalrus().add(n.target().id());
                }
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                argumentDefaults(l.args());
                Scope scope = enter(Scope.Kind.FUNCTION, "<lambda>", l);
                parameters(l.args());
                expr(l.body());
                current = scope.parent;
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) {
                    if (k != null) {
                        expr(k);
                    }
                }
                exprs(d.values());
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.ListComp c -> comprehension(e, "<listcomp>", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(e, "<setcomp>", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(e, "<dictcomp>", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> {
                comprehension(e, "<genexpr>", c.generators(), c.elt(), null);
                scopes.get(e).isGenerator = true;
            }
            case Expr.Await a -> expr(a.value());
            case Expr.Yield y -> {
                current.isGenerator = true;
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                current.isGenerator = true;
                expr(y.value());
            }
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
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Name n -> use(n.id(), n);
            case Expr.ListExpr l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
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

    /** The first iterable is evaluated outside; everything else runs in the comprehension's own function scope. */
    private void comprehension(Expr node, String name, List<Comprehension> generators, Expr elt, Expr value) {
        expr(generators.get(0).iter());
        Scope scope = enter(Scope.Kind.FUNCTION, name, node);
        scope.isComprehension = true;
        scope.params.add(".0");
        scope.assigned.add(".0");
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            exprs(g.ifs());
        }
        expr(elt);
        if (value != null) {
            expr(value);
        }
        current = scope.parent;
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> {
            }
            case Pattern.MatchSequence s -> s.patterns().forEach(this::pattern);
            case Pattern.MatchMapping m -> {
                exprs(m.keys());
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) {
                    bind(m.rest(), m);
                }
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            }
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    bind(s.name(), s);
                }
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    bind(a.name(), a);
                }
            }
            case Pattern.MatchOr o -> o.patterns().forEach(this::pattern);
        }
    }

    // ---- resolution ----

    /**
     * Resolves the names of {@code scope}; {@code enclosing} holds the names bound in enclosing
     * function scopes. Returns the names free in this scope or its children that this scope
     * must receive from outside.
     */
    private Set<String> resolve(Scope scope, Set<String> enclosing) {
        Set<String> childEnclosing = new HashSet<>(enclosing);
        for (String name : scope.nonlocals) {
            if (!enclosing.contains(name)) {
                throw errors.at(scope.declarations.get(name), "no binding for nonlocal '" + name + "' found");
            }
        }
        if (scope.kind == Scope.Kind.FUNCTION) {
            for (String name : scope.assigned) {
                if (!scope.globals.contains(name) && !scope.nonlocals.contains(name) && !scope.walrusNonlocals.contains(name)) {
                    childEnclosing.add(name);
                }
            }
        }
        for (String name : scope.globals) {
            childEnclosing.remove(name);
        }
        if (scope.needsClassCell) {
            childEnclosing.add("__class__");
        }
        Set<String> childFree = new java.util.LinkedHashSet<>();
        for (Scope child : scope.children) {
            childFree.addAll(resolve(child, childEnclosing));
        }
        if (scope.needsClassCell) {
            scope.bindings.put("__class__", Scope.Binding.CELL);
            scope.cellVars.add("__class__");
            childFree.remove("__class__");
        }
        Set<String> free = new java.util.LinkedHashSet<>();
        Set<String> all = new java.util.LinkedHashSet<>();
        all.addAll(scope.params);
        all.addAll(scope.assigned);
        all.addAll(scope.used);
        all.addAll(scope.globals);
        all.addAll(scope.nonlocals);
        for (String name : all) {
            Scope.Binding b;
            if (scope.globals.contains(name)) {
                b = Scope.Binding.GLOBAL_EXPLICIT;
            } else if (scope.nonlocals.contains(name) || scope.walrusNonlocals.contains(name) && enclosing.contains(name)) {
                b = Scope.Binding.FREE;
            } else if (scope.kind == Scope.Kind.FUNCTION && scope.assigned.contains(name) && !scope.walrusNonlocals.contains(name)) {
                b = Scope.Binding.LOCAL;
            } else if (scope.kind == Scope.Kind.CLASS && scope.assigned.contains(name)) {
                b = Scope.Binding.CLASS_LOCAL;
            } else if (scope.kind == Scope.Kind.MODULE) {
                b = Scope.Binding.GLOBAL_IMPLICIT;
            } else if (enclosing.contains(name)) {
                b = Scope.Binding.FREE;
            } else {
                b = Scope.Binding.GLOBAL_IMPLICIT;
            }
            scope.bindings.put(name, b);
        }
        for (String name : childFree) {
            Scope.Binding b = scope.bindings.get(name);
            if (scope.kind == Scope.Kind.FUNCTION && b == Scope.Binding.LOCAL) {
                scope.bindings.put(name, Scope.Binding.CELL);
            } else if (b == null || b == Scope.Binding.GLOBAL_IMPLICIT || b == Scope.Binding.FREE
                            || b == Scope.Binding.CLASS_LOCAL && enclosing.contains(name)) {
                if (b != Scope.Binding.CLASS_LOCAL) {
                    scope.bindings.put(name, Scope.Binding.FREE);
                }
                free.add(name);
            }
        }
        for (Map.Entry<String, Scope.Binding> e : scope.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.FREE) {
                free.add(e.getKey());
            }
        }
        for (Map.Entry<String, Scope.Binding> e : scope.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.CELL && !scope.cellVars.contains(e.getKey())) {
                scope.cellVars.add(e.getKey());
            }
        }
        scope.freeVars.addAll(free);
        return free;
    }
}
