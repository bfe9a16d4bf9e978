package pyt.compiler;

import java.util.ArrayList;
import java.util.List;

import pyt.nodes.ExprNode;
import pyt.nodes.StmtNode;
import pyt.nodes.access.AttributeTargetNode;
import pyt.nodes.access.GetAttributeNode;
import pyt.nodes.access.GetItemNode;
import pyt.nodes.access.SubscriptTargetNode;
import pyt.nodes.access.TargetNode;
import pyt.nodes.access.UnpackTargetNode;
import pyt.nodes.access.WalrusNode;
import pyt.nodes.call.CallNode;
import pyt.nodes.expression.AndNode;
import pyt.nodes.expression.BinaryExprNode;
import pyt.nodes.expression.BinaryOpNode;
import pyt.nodes.expression.CompareChainNode;
import pyt.nodes.expression.CompareNode;
import pyt.nodes.expression.IfExpNode;
import pyt.nodes.expression.NotImplementedExprNode;
import pyt.nodes.expression.OrNode;
import pyt.nodes.expression.UnaryExprNode;
import pyt.nodes.expression.UnaryOpNode;
import pyt.nodes.literal.CollectionLiteralNode;
import pyt.nodes.literal.ConstantNode;
import pyt.nodes.literal.DictLiteralNode;
import pyt.nodes.literal.FormatValueNode;
import pyt.nodes.literal.JoinedStrNode;
import pyt.nodes.literal.SliceLiteralNode;
import pyt.parser.ast.Arguments;
import pyt.parser.ast.Comprehension;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Keyword;
import pyt.parser.ast.Node;

/** Translates expressions and assignment targets of one scope into nodes. */
final class ExprTranslator {
    private final FunctionTranslator fn;

    ExprTranslator(FunctionTranslator fn) {
        this.fn = fn;
    }

    ExprNode[] list(List<Expr> exprs) {
        ExprNode[] result = new ExprNode[exprs.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = expr(exprs.get(i));
        }
        return result;
    }

    ExprNode expr(Expr e) {
        ExprNode node = switch (e) {
            case Expr.Constant c -> ConstantNode.create(c.value());
            case Expr.Name n -> fn.readName(n.id(), n);
            case Expr.BinOp b -> new BinaryExprNode(expr(b.left()), expr(b.right()), BinaryOpNode.create(b.op()));
            case Expr.UnaryOp u -> new UnaryExprNode(expr(u.operand()), UnaryOpNode.create(u.op()));
            case Expr.BoolOp b -> boolOp(b);
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> new IfExpNode(fn.stmts.condition(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> new GetAttributeNode(expr(a.value()), fn.scope.mangle(a.attr()));
            case Expr.Subscript s -> new GetItemNode(expr(s.value()), expr(s.slice()));
            case Expr.Slice s -> new SliceLiteralNode(optional(s.lower()), optional(s.upper()), optional(s.step()));
            case Expr.Tuple t -> collection(CollectionLiteralNode.Kind.TUPLE, t.elts());
            case Expr.ListExpr l -> collection(CollectionLiteralNode.Kind.LIST, l.elts());
            case Expr.Set s -> collection(CollectionLiteralNode.Kind.SET, s.elts());
            case Expr.Dict d -> dict(d);
            case Expr.Lambda l -> fn.makeFunction(l, "<lambda>", l.args(),
                            t -> t.at(t.returnNode(t.exprs.expr(l.body())), l.body()), l, null);
            case Expr.NamedExpr n -> new WalrusNode(expr(n.value()), fn.writeName(n.target().id(), n.target()));
            case Expr.ListComp c -> comprehension(e, "<listcomp>", c.generators(), c.elt(), null, CollectionLiteralNode.Kind.LIST);
            case Expr.SetComp c -> comprehension(e, "<setcomp>", c.generators(), c.elt(), null, CollectionLiteralNode.Kind.SET);
            case Expr.DictComp c -> comprehension(e, "<dictcomp>", c.generators(), c.key(), c.value(), null);
            case Expr.GeneratorExp c -> comprehension(e, "<genexpr>", c.generators(), c.elt(), null, null);
            case Expr.JoinedStr j -> new JoinedStrNode(list(j.values()));
            case Expr.FormattedValue f -> new FormatValueNode(expr(f.value()), f.conversion(),
                            f.formatSpec() == null ? null : expr(f.formatSpec()));
            case Expr.Starred s -> throw fn.errors.at(s, "can't use starred expression here");
            case Expr.Yield y -> new pyt.nodes.generator.YieldNode(optional(y.value()), fn.resume);
            case Expr.YieldFrom y -> new pyt.nodes.generator.YieldFromNode(expr(y.value()), fn.resume, fn.temporary());
            case Expr.Await a -> new NotImplementedExprNode("await");
        };
        return fn.at(node, e);
    }

    private ExprNode optional(Expr e) {
        return e == null ? null : expr(e);
    }

    private ExprNode boolOp(Expr.BoolOp b) {
        ExprNode result = expr(b.values().get(b.values().size() - 1));
        for (int i = b.values().size() - 2; i >= 0; i--) {
            ExprNode left = expr(b.values().get(i));
            result = b.op() == Expr.BoolOpKind.AND ? new AndNode(left, result) : new OrNode(left, result);
            fn.at(result, b.values().get(i).start(), b.end());
        }
        return result;
    }

    private ExprNode compare(Expr.Compare c) {
        if (c.ops().size() == 1) {
            return new pyt.nodes.expression.CompareExprNode(expr(c.left()), expr(c.comparators().get(0)), CompareNode.create(c.ops().get(0)));
        }
        CompareNode[] ops = new CompareNode[c.ops().size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = CompareNode.create(c.ops().get(i));
        }
        return new CompareChainNode(expr(c.left()), list(c.comparators()), ops);
    }

    private ExprNode collection(CollectionLiteralNode.Kind kind, List<Expr> elts) {
        ExprNode[] items = new ExprNode[elts.size()];
        boolean[] starred = new boolean[elts.size()];
        for (int i = 0; i < items.length; i++) {
            Expr el = elts.get(i);
            if (el instanceof Expr.Starred s) {
                starred[i] = true;
                items[i] = expr(s.value());
            } else {
                items[i] = expr(el);
            }
        }
        boolean constantSet = kind == CollectionLiteralNode.Kind.SET && elts.size() > 2 && elts.stream().allMatch(ExprTranslator::isConstant);
        return CollectionLiteralNode.create(kind, items, starred, constantSet);
    }

    /**
     * Whether CPython's compiler would make this a constant: a literal, a sign applied to a
     * number literal, or a tuple of constants (constant folding of operators is not mirrored).
     */
    private static boolean isConstant(Expr e) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.UnaryOp u -> u.op() != Expr.UnaryOpKind.NOT && u.operand() instanceof Expr.Constant c
                            && (c.value() instanceof Number || c.value() instanceof Boolean || c.value() instanceof Expr.Imaginary);
            case Expr.Tuple t -> t.elts().stream().allMatch(ExprTranslator::isConstant);
            default -> false;
        };
    }

    private ExprNode dict(Expr.Dict d) {
        ExprNode[] keys = new ExprNode[d.keys().size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
        }
        return new DictLiteralNode(keys, list(d.values()));
    }

    private ExprNode call(Expr.Call c) {
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                        && fn.scope.lookup("__class__") == Scope.Binding.FREE && fn.firstParameter != null) {
            // Zero-argument super() is super(__class__, <first argument>), as CPython's compiler arranges.
            return CallNode.create(expr(c.func()), new ExprNode[]{fn.readName("__class__", c), fn.readName(fn.firstParameter, c)},
                            new boolean[2], new String[0], new ExprNode[0]);
        }
        if (c.func() instanceof Expr.Attribute a && c.keywords().isEmpty()
                        && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            return new pyt.nodes.call.CallMethodNode(expr(a.value()), fn.scope.mangle(a.attr()), list(c.args()));
        }
        ExprNode callee = expr(c.func());
        List<ExprNode> args = new ArrayList<>();
        List<Boolean> starred = new ArrayList<>();
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred s) {
                args.add(expr(s.value()));
                starred.add(true);
            } else {
                args.add(expr(a));
                starred.add(false);
            }
        }
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            kwNames.add(k.name());
            kwValues.add(expr(k.value()));
        }
        boolean[] star = new boolean[starred.size()];
        for (int i = 0; i < star.length; i++) {
            star[i] = starred.get(i);
        }
        return CallNode.create(callee, args.toArray(new ExprNode[0]), star, kwNames.toArray(new String[0]),
                        kwValues.toArray(new ExprNode[0]));
    }

    /** {@code callee(argument)}: decorators. */
    ExprNode callWith(ExprNode callee, ExprNode argument, Node at) {
        return fn.at(CallNode.create(callee, new ExprNode[]{argument}, new boolean[1], new String[0], new ExprNode[0]), at);
    }

    /**
     * A comprehension is a function called with the iterator of its first iterable; its body
     * loops and collects. A generator expression's function is a generator function.
     */
    private ExprNode comprehension(Expr node, String name, List<Comprehension> generators, Expr elt, Expr value,
                    CollectionLiteralNode.Kind kind) {
        Arguments args = new Arguments(List.of(), List.of(new Arguments.Arg(".0", null, node.start(), node.end())), null,
                        List.of(), List.of(), null, List.of());
        ExprNode function = fn.makeFunction(node, name, args, t -> t.exprs.comprehensionBody(generators, elt, value, kind), node, null);
        ExprNode iterable = expr(generators.get(0).iter());
        return new pyt.nodes.call.ComprehensionCallNode(function, iterable);
    }

    StmtNode comprehensionBody(List<Comprehension> generators, Expr elt, Expr value, CollectionLiteralNode.Kind kind) {
        boolean generator = kind == null && value == null;
        int result = fn.temporary();
        StmtNode inner = generator ? new pyt.nodes.control.ExprStmtNode(new pyt.nodes.generator.YieldNode(expr(elt), fn.resume))
                        : new pyt.nodes.literal.ComprehensionAppendNode(result, expr(elt), value == null ? null : expr(value));
        for (int i = generators.size() - 1; i >= 0; i--) {
            Comprehension g = generators.get(i);
            for (int k = g.ifs().size() - 1; k >= 0; k--) {
                inner = fn.stmts.ifNode(fn.stmts.condition(g.ifs().get(k)), inner, null);
            }
            ExprNode iter = i == 0 ? fn.readName(".0", null) : expr(g.iter());
            inner = new pyt.nodes.control.ForNode(iter, target(g.target()), inner, null, fn.temporary(), fn.resume);
        }
        if (generator) {
            return inner;
        }
        pyt.nodes.literal.ComprehensionAppendNode.Kind k = value != null ? pyt.nodes.literal.ComprehensionAppendNode.Kind.DICT
                        : kind == CollectionLiteralNode.Kind.SET ? pyt.nodes.literal.ComprehensionAppendNode.Kind.SET
                                        : pyt.nodes.literal.ComprehensionAppendNode.Kind.LIST;
        return new pyt.nodes.control.BlockNode(new StmtNode[]{
                        new pyt.nodes.literal.ComprehensionAppendNode.Init(result, k), inner,
                        fn.returnNode(new pyt.nodes.literal.ComprehensionAppendNode.Result(result))});
    }

    TargetNode target(Expr t) {
        TargetNode node = switch (t) {
            case Expr.Name n -> fn.writeName(n.id(), n);
            case Expr.Attribute a -> new AttributeTargetNode(expr(a.value()), fn.scope.mangle(a.attr()));
            case Expr.Subscript s -> new SubscriptTargetNode(expr(s.value()), expr(s.slice()));
            case Expr.Tuple tu -> unpack(tu.elts());
            case Expr.ListExpr l -> unpack(l.elts());
            case Expr.Starred s -> throw fn.errors.at(s, "starred assignment target must be in a list or tuple");
            default -> throw fn.errors.at(t, "cannot assign to expression");
        };
        return fn.at(node, t);
    }

    private TargetNode unpack(List<Expr> elts) {
        TargetNode[] targets = new TargetNode[elts.size()];
        int starIndex = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr el = elts.get(i);
            if (el instanceof Expr.Starred s) {
                starIndex = i;
                targets[i] = target(s.value());
            } else {
                targets[i] = target(el);
            }
        }
        return new UnpackTargetNode(targets, starIndex);
    }

    /** The target of an augmented assignment, which reads before it writes. */
    pyt.nodes.access.AugTarget augTarget(Expr t) {
        return switch (t) {
            case Expr.Name n -> new pyt.nodes.access.AugTarget.Name(fn.readName(n.id(), n), fn.writeName(n.id(), n));
            case Expr.Attribute a -> new pyt.nodes.access.AugTarget.Attribute(expr(a.value()), fn.scope.mangle(a.attr()));
            case Expr.Subscript s -> new pyt.nodes.access.AugTarget.Item(expr(s.value()), expr(s.slice()));
            default -> throw fn.errors.at(t, "'" + "expression" + "' is an illegal expression for augmented assignment");
        };
    }
}
