package pyt.parser;

import java.util.List;

import pyt.parser.ast.Comprehension;
import pyt.parser.ast.ExceptHandler;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Keyword;
import pyt.parser.ast.MatchCase;
import pyt.parser.ast.Stmt;
import pyt.parser.ast.WithItem;

/**
 * Searches one scope (not nested functions, lambdas or classes) for yield or for await / async
 * comprehension markers: what CPython's symtable records as ste_generator and ste_coroutine.
 */
public final class YieldFinder {
    private final boolean awaits;
    private boolean found;

    private YieldFinder(boolean awaits) {
        this.awaits = awaits;
    }

    /**
     * Whether statements contain yield: in a function body, what makes an async def an async
     * generator; in a generator, what makes a statement able to suspend.
     */
    public static boolean containsYield(List<Stmt> body) {
        YieldFinder f = new YieldFinder(false);
        f.stmts(body);
        return f.found;
    }

    /** Whether a comprehension is asynchronous: async for, await, or an async inner comprehension. */
    static boolean isAsyncComprehension(List<Comprehension> gens, List<Expr> elts) {
        YieldFinder f = new YieldFinder(true);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            f.found |= c.isAsync();
            if (i > 0) {
                f.expr(c.iter());
            }
            f.exprs(c.ifs());
        }
        f.exprs(elts);
        return f.found;
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            if (found) {
                return;
            }
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                exprs(f.decorators());
                exprs(f.args().defaults());
            }
            case Stmt.ClassDef c -> {
                exprs(c.decorators());
                exprs(c.bases());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
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
                expr(a.value());
            }
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
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
                    expr(item.optionalVars());
                }
                stmts(w.body());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    expr(c.guard());
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                expr(r.exc());
                expr(r.cause());
            }
            case Stmt.Try t -> {
                stmts(t.body());
                for (ExceptHandler h : t.handlers()) {
                    expr(h.type());
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                expr(a.msg());
            }
            case Stmt.ExprStmt e -> expr(e.value());
            default -> {
            }
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e == null || found) {
            return;
        }
        switch (e) {
            case Expr.Yield y -> {
                found |= !awaits;
                expr(y.value());
            }
            case Expr.YieldFrom y -> {
                found |= !awaits;
                expr(y.value());
            }
            case Expr.Await a -> {
                found |= awaits;
                expr(a.value());
            }
            case Expr.Lambda l -> exprs(l.args().defaults());
            case Expr.ListComp c -> comprehension(c.generators(), List.of(c.elt()), false);
            case Expr.SetComp c -> comprehension(c.generators(), List.of(c.elt()), false);
            case Expr.DictComp c -> comprehension(c.generators(), List.of(c.key(), c.value()), false);
            case Expr.GeneratorExp c -> comprehension(c.generators(), List.of(c.elt()), true);
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> expr(n.value());
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
                for (Expr k : d.keys()) {
                    expr(k);
                }
                exprs(d.values());
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
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
            case Expr.Name n -> {
            }
        }
    }

    /** Only the first iterable belongs to this scope; an inner async comprehension marks it too. */
    private void comprehension(List<Comprehension> gens, List<Expr> elts, boolean genexp) {
        expr(gens.get(0).iter());
        if (awaits && !genexp && isAsyncComprehension(gens, elts)) {
            found = true;
        }
    }
}
