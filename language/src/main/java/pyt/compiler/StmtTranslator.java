package pyt.compiler;

import java.util.ArrayList;
import java.util.List;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.access.AssignNode;
import pyt.nodes.access.AugAssignNode;
import pyt.nodes.access.DeleteNodes;
import pyt.nodes.access.TargetNode;
import pyt.nodes.control.AssertNode;
import pyt.nodes.control.BlockNode;
import pyt.nodes.control.BreakNode;
import pyt.nodes.control.ContinueNode;
import pyt.nodes.control.ExprStmtNode;
import pyt.nodes.control.ForNode;
import pyt.nodes.control.IfNode;
import pyt.nodes.control.ImportNode;
import pyt.nodes.control.NotImplementedNode;
import pyt.nodes.control.PrintExprNode;
import pyt.nodes.control.RaiseNode;
import pyt.nodes.control.WhileNode;
import pyt.nodes.lib.ConditionNode;
import pyt.parser.ast.Alias;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Stmt;

/** Translates statements of one scope into statement nodes. */
final class StmtTranslator {
    private final FunctionTranslator fn;

    StmtTranslator(FunctionTranslator fn) {
        this.fn = fn;
    }

    StmtNode block(List<Stmt> body) {
        if (body.size() == 1) {
            return stmt(body.get(0));
        }
        StmtNode[] nodes = new StmtNode[body.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = stmt(body.get(i));
        }
        return fn.block(nodes);
    }

    /**
     * A module body. When the last statement is an expression, its value is the result of the
     * module's call target, which is what {@code Context.eval} returns to an embedder.
     */
    StmtNode moduleBody(List<Stmt> body) {
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt last) {
            StmtNode[] nodes = new StmtNode[body.size()];
            for (int i = 0; i < nodes.length - 1; i++) {
                nodes[i] = stmt(body.get(i));
            }
            nodes[nodes.length - 1] = fn.at(fn.returnNode(fn.exprs.expr(last.value())), last);
            return new BlockNode(nodes);
        }
        return block(body);
    }

    /** Interactive input: expression statements print their value through {@code sys.displayhook}. */
    StmtNode interactiveBody(List<Stmt> body) {
        StmtNode[] nodes = new StmtNode[body.size()];
        for (int i = 0; i < nodes.length; i++) {
            Stmt s = body.get(i);
            nodes[i] = s instanceof Stmt.ExprStmt e ? fn.at(new PrintExprNode(fn.exprs.expr(e.value())), s) : stmt(s);
        }
        return new BlockNode(nodes);
    }

    private StmtNode orNull(List<Stmt> body) {
        return body.isEmpty() ? null : block(body);
    }

    /**
     * A statement. In a generator body, only statements that contain a yield can be suspended;
     * the others are translated as in an ordinary function, without resume bookkeeping (and
     * their loops with on-stack replacement), since a resumption never re-enters them.
     */
    StmtNode stmt(Stmt s) {
        pyt.nodes.generator.ResumeSlots resume = fn.resume;
        if (resume == null || pyt.parser.YieldFinder.containsYield(List.of(s))) {
            return translate(s);
        }
        fn.resume = null;
        try {
            return translate(s);
        } finally {
            fn.resume = resume;
        }
    }

    private StmtNode translate(Stmt s) {
        StmtNode node = switch (s) {
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> fn.returnNode(r.value() == null ? null : fn.exprs.expr(r.value()));
            case Stmt.Delete d -> delete(d);
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> new AugAssignNode(fn.exprs.augTarget(a.target()), a.op(), fn.exprs.expr(a.value()));
            case Stmt.AnnAssign a -> a.value() == null ? new BlockNode(new StmtNode[0])
                            : new AssignNode(fn.exprs.expr(a.value()), new TargetNode[]{fn.exprs.target(a.target())});
            case Stmt.For f -> f.isAsync() ? new NotImplementedNode("async for")
                            : new ForNode(fn.exprs.expr(f.iter()), fn.exprs.target(f.target()), block(f.body()), orNull(f.orelse()),
                                            fn.temporary(), fn.resume);
            case Stmt.While w -> new WhileNode(condition(w.test()), block(w.body()), orNull(w.orelse()), fn.resume);
            case Stmt.If i -> ifNode(condition(i.test()), block(i.body()), orNull(i.orelse()));
            case Stmt.With w -> w.isAsync() ? new NotImplementedNode("async with") : with(w, 0);
            case Stmt.Match m -> new PatternTranslator(fn).match(m);
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : fn.exprs.expr(r.exc()),
                            r.cause() == null ? null : fn.exprs.expr(r.cause()));
            case Stmt.Try t -> t.isStar() ? new NotImplementedNode("except*") : tryStmt(t);
            case Stmt.Assert a -> new AssertNode(condition(a.test()), a.msg() == null ? null : fn.exprs.expr(a.msg()));
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> new BlockNode(new StmtNode[0]);
            case Stmt.Nonlocal n -> new BlockNode(new StmtNode[0]);
            case Stmt.ExprStmt e -> new ExprStmtNode(fn.exprs.expr(e.value()));
            case Stmt.Pass p -> new BlockNode(new StmtNode[0]);
            case Stmt.Break b -> new BreakNode();
            case Stmt.Continue c -> new ContinueNode();
        };
        node.markStatement();
        return fn.at(node, s);
    }

    ConditionNode condition(Expr test) {
        return fn.at(new ConditionNode(fn.exprs.expr(test)), test);
    }

    private StmtNode functionDef(Stmt.FunctionDef f) {
        if (f.isAsync()) {
            return new NotImplementedNode("async def");
        }
        String doc = FunctionTranslator.docstring(f.body());
        ExprNode value = fn.makeFunction(f, f.name(), f.args(), t -> t.stmts.block(f.body()), f,
                        doc == null ? null : pyt.runtime.PyStrings.of(doc));
        for (int i = f.decorators().size() - 1; i >= 0; i--) {
            value = fn.exprs.callWith(fn.exprs.expr(f.decorators().get(i)), value, f.decorators().get(i));
        }
        return new AssignNode(value, new TargetNode[]{fn.writeName(f.name(), f)});
    }

    private StmtNode tryStmt(Stmt.Try t) {
        pyt.nodes.control.TryNode.Handler[] handlers = new pyt.nodes.control.TryNode.Handler[t.handlers().size()];
        for (int i = 0; i < handlers.length; i++) {
            pyt.parser.ast.ExceptHandler h = t.handlers().get(i);
            TargetNode target = null;
            StmtNode unbind = null;
            if (h.name() != null) {
                Expr.Name name = new Expr.Name(h.name(), h.start(), h.end());
                target = fn.writeName(h.name(), h);
                unbind = new BlockNode(new StmtNode[]{
                                new AssignNode(pyt.nodes.literal.ConstantNode.create(Expr.Singleton.NONE), new TargetNode[]{fn.writeName(h.name(), h)}),
                                deleteTarget(name)});
            }
            handlers[i] = fn.at(new pyt.nodes.control.TryNode.Handler(h.type() == null ? null : fn.exprs.expr(h.type()), target, unbind,
                            block(h.body())), h);
        }
        return fn.resume == null ? new pyt.nodes.control.TryNode(block(t.body()), handlers, orNull(t.orelse()), orNull(t.finalbody()))
                        : new pyt.nodes.control.TryNode(block(t.body()), handlers, orNull(t.orelse()), orNull(t.finalbody()), fn.resume,
                                        fn.temporary(), fn.temporary());
    }

    /** {@code with a as x, b as y: body} is {@code with a as x: with b as y: body}. */
    private StmtNode with(Stmt.With w, int index) {
        pyt.parser.ast.WithItem item = w.items().get(index);
        StmtNode body = index == w.items().size() - 1 ? block(w.body()) : with(w, index + 1);
        TargetNode target = item.optionalVars() == null ? null : fn.exprs.target(item.optionalVars());
        return fn.at(new pyt.nodes.control.WithNode(fn.exprs.expr(item.contextExpr()), target, body, fn.resume,
                        fn.resume == null ? -1 : fn.temporary()), item.contextExpr());
    }

    /** An if statement; in a generator body, one that records its branch for resumption. */
    IfNode ifNode(ConditionNode test, StmtNode then, StmtNode orelse) {
        return fn.resume == null ? new IfNode(test, then, orelse) : new IfNode(test, then, orelse, fn.resume, fn.temporary());
    }

    private StmtNode classDef(Stmt.ClassDef c) {
        pyt.parser.ast.Arguments namespaceParameter = new pyt.parser.ast.Arguments(List.of(),
                        List.of(new pyt.parser.ast.Arguments.Arg(ModuleCompiler.CLASS_NAMESPACE, null, c.start(), c.end())), null, List.of(), List.of(), null,
                        List.of());
        ExprNode body = fn.makeFunction(c, c.name(), namespaceParameter, t -> t.stmts.classBody(c.body()), c, null);
        ExprNode[] bases = new ExprNode[c.bases().size()];
        boolean[] starred = new boolean[bases.length];
        for (int i = 0; i < bases.length; i++) {
            Expr b = c.bases().get(i);
            starred[i] = b instanceof Expr.Starred;
            bases[i] = fn.exprs.expr(b instanceof Expr.Starred s ? s.value() : b);
        }
        List<String> names = new ArrayList<>();
        List<ExprNode> values = new ArrayList<>();
        for (pyt.parser.ast.Keyword k : c.keywords()) {
            if (k.name() == null) {
                return new NotImplementedNode("** in class arguments");
            }
            names.add(k.name());
            values.add(fn.exprs.expr(k.value()));
        }
        ExprNode value = fn.at(new pyt.nodes.function.ClassDefNode(c.name(), fn.childQualname(c.name()), body, bases, starred,
                        names.toArray(new String[0]), values.toArray(new ExprNode[0])), c);
        for (int i = c.decorators().size() - 1; i >= 0; i--) {
            value = fn.exprs.callWith(fn.exprs.expr(c.decorators().get(i)), value, c.decorators().get(i));
        }
        return new AssignNode(value, new TargetNode[]{fn.writeName(c.name(), c)});
    }

    /** A class body, plus the docstring as {@code __doc__} and the {@code __class__} cell for super(). */
    StmtNode classBody(List<Stmt> body) {
        List<StmtNode> nodes = new ArrayList<>();
        String doc = FunctionTranslator.docstring(body);
        if (doc != null) {
            nodes.add(new AssignNode(pyt.nodes.literal.ConstantNode.create(doc), new TargetNode[]{new pyt.nodes.access.WriteClassLocalNode("__doc__")}));
        }
        for (Stmt s : body) {
            nodes.add(stmt(s));
        }
        if (fn.scope.needsClassCell()) {
            nodes.add(new pyt.nodes.function.StoreClassCellNode(fn.slot("__class__")));
        }
        return new BlockNode(nodes.toArray(new StmtNode[0]));
    }

    private StmtNode assign(Stmt.Assign a) {
        TargetNode[] targets = new TargetNode[a.targets().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = fn.exprs.target(a.targets().get(i));
        }
        return new AssignNode(fn.exprs.expr(a.value()), targets);
    }

    private StmtNode delete(Stmt.Delete d) {
        List<StmtNode> nodes = new ArrayList<>();
        for (Expr t : d.targets()) {
            nodes.add(fn.at(deleteTarget(t), t));
        }
        return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new StmtNode[0]));
    }

    private StmtNode deleteTarget(Expr t) {
        return switch (t) {
            case Expr.Name n -> {
                String name = fn.scope.mangle(n.id());
                yield switch (fn.scope.lookup(name)) {
                    case LOCAL -> new DeleteNodes.DeleteLocal(fn.slot(name), name);
                    case CELL, FREE -> new DeleteNodes.DeleteCell(fn.slot(name), name);
                    case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new DeleteNodes.DeleteGlobal(name);
                    case CLASS_LOCAL -> new DeleteNodes.DeleteClassLocal(name);
                };
            }
            case Expr.Subscript s -> new DeleteNodes.DeleteItem(fn.exprs.expr(s.value()), fn.exprs.expr(s.slice()));
            case Expr.Attribute a -> new DeleteNodes.DeleteAttribute(fn.exprs.expr(a.value()), fn.scope.mangle(a.attr()));
            case Expr.Tuple tu -> delete(new Stmt.Delete(tu.elts(), tu.start(), tu.end()));
            case Expr.ListExpr l -> delete(new Stmt.Delete(l.elts(), l.start(), l.end()));
            default -> throw fn.errors.at(t, "cannot delete expression");
        };
    }

    private StmtNode importStmt(Stmt.Import i) {
        List<StmtNode> nodes = new ArrayList<>();
        for (Alias alias : i.names()) {
            String bound = alias.asname() != null ? alias.asname() : alias.name().split("\\.")[0];
            boolean top = alias.asname() == null;
            nodes.add(fn.at(new ImportNode(alias.name(), 0, top, null, fn.writeName(bound, alias)), alias));
        }
        return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new StmtNode[0]));
    }

    private StmtNode importFrom(Stmt.ImportFrom i) {
        List<StmtNode> nodes = new ArrayList<>();
        for (Alias alias : i.names()) {
            if (alias.name().equals("*")) {
                return new pyt.nodes.control.ImportStarNode(i.module(), i.level());
            }
            String bound = alias.asname() != null ? alias.asname() : alias.name();
            nodes.add(fn.at(new ImportNode(i.module(), i.level(), false, alias.name(), fn.writeName(bound, alias)), alias));
        }
        return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new StmtNode[0]));
    }
}
