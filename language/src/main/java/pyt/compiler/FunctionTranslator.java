package pyt.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import pyt.PytLanguage;
import pyt.nodes.ExprNode;
import pyt.nodes.PytNode;
import pyt.nodes.StmtNode;
import pyt.nodes.access.ReadArgumentNode;
import pyt.nodes.access.ReadCellNode;
import pyt.nodes.access.ReadGlobalNode;
import pyt.nodes.access.ReadLocalNodeGen;
import pyt.nodes.access.TargetNode;
import pyt.nodes.access.WriteCellNode;
import pyt.nodes.access.WriteGlobalNode;
import pyt.nodes.access.WriteLocalNodeGen;
import pyt.nodes.control.BlockNode;
import pyt.nodes.control.ReturnNode;
import pyt.nodes.function.FunctionRootNode;
import pyt.nodes.function.InitCellsNode;
import pyt.nodes.function.MakeFunctionNode;
import pyt.parser.ast.Arguments;
import pyt.parser.ast.Expr;
import pyt.parser.ast.Module;
import pyt.parser.ast.Node;
import pyt.parser.ast.Stmt;
import pyt.runtime.PyCode;
import pyt.runtime.Signature;

/**
 * Translates one Python scope (module, function, lambda, comprehension) into a Truffle root:
 * decides frame slots, emits the prologue for parameters and cells, and translates the body
 * with {@link StmtTranslator} and {@link ExprTranslator}.
 */
public final class FunctionTranslator {
    final PytLanguage language;
    final Source source;
    final Map<Object, Scope> scopes;
    final SyntaxErrorFactory errors;
    final Scope scope;
    final String qualname;
    final FunctionTranslator parent;
    /** Set in generator scopes: what resumable statements use to find their way back to a yield. */
    pyt.nodes.generator.ResumeSlots resume;
    /** The first parameter's name (the {@code self} of zero-argument super()), or null. */
    String firstParameter;
    private final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private final Map<String, Integer> slots = new HashMap<>();
    private int temporaries;
    /** The slot {@code return} statements store their value in, made by the first one. */
    private int returnSlot = -1;
    final StmtTranslator stmts;
    final ExprTranslator exprs;

    FunctionTranslator(PytLanguage language, Source source, Map<Object, Scope> scopes, SyntaxErrorFactory errors) {
        this(language, source, scopes, errors, null, null, "<module>");
    }

    private FunctionTranslator(PytLanguage language, Source source, Map<Object, Scope> scopes, SyntaxErrorFactory errors,
                    Scope scope, FunctionTranslator parent, String qualname) {
        this.language = language;
        this.source = source;
        this.scopes = scopes;
        this.errors = errors;
        this.scope = scope;
        this.parent = parent;
        this.qualname = qualname;
        this.stmts = new StmtTranslator(this);
        this.exprs = new ExprTranslator(this);
    }

    RootCallTarget translateModule(Module module, boolean interactive) {
        FunctionTranslator t = new FunctionTranslator(language, source, scopes, errors, scopes.get(module), null, "<module>");
        StmtNode body = interactive ? t.stmts.interactiveBody(module.body()) : t.stmts.moduleBody(module.body());
        body.markRootBody();
        t.at(body, 0, source.getLength());
        SourceSection section = source.getLength() == 0 ? source.createUnavailableSection() : source.createSection(0, source.getLength());
        FunctionRootNode root = new FunctionRootNode(language, t.frame.build(), t.returnSlot, "<module>", "<module>", section, body);
        return root.getCallTarget();
    }

    // ---- slots ----

    /** A block; in a generator body, one that records its position for resumption. */
    BlockNode block(StmtNode[] statements) {
        return resume == null ? new BlockNode(statements) : new BlockNode(statements, resume, temporary());
    }

    int slot(String name) {
        Integer s = slots.get(name);
        if (s == null) {
            s = frame.addSlot(FrameSlotKind.Illegal, name, null);
            slots.put(name, s);
        }
        return s;
    }

    /** A fresh frame slot for compiler-generated state (loop iterators and the like). */
    int temporary() {
        return frame.addSlot(FrameSlotKind.Illegal, ".t" + temporaries++, null);
    }

    /** {@code return value} ({@code value} null for a bare {@code return}). */
    ReturnNode returnNode(ExprNode value) {
        if (returnSlot < 0) {
            returnSlot = frame.addSlot(FrameSlotKind.Illegal, ".return", null);
        }
        return new ReturnNode(value, returnSlot);
    }

    boolean isModuleLevel() {
        return scope.kind == Scope.Kind.MODULE;
    }

    // ---- names ----

    ExprNode readName(String id, Node at) {
        String name = scope.mangle(id);
        ExprNode node = switch (scope.lookup(name)) {
            case LOCAL -> ReadLocalNodeGen.create(slot(name), name);
            case CELL -> new ReadCellNode(slot(name), name, false);
            case FREE -> new ReadCellNode(slot(name), name, true);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new ReadGlobalNode(name);
            case CLASS_LOCAL -> new pyt.nodes.access.ReadClassLocalNode(name, classFreeSlot(name));
        };
        return at(node, at);
    }

    TargetNode writeName(String id, Node at) {
        String name = scope.mangle(id);
        TargetNode node = switch (scope.lookup(name)) {
            case LOCAL -> WriteLocalNodeGen.create(slot(name));
            case CELL, FREE -> new WriteCellNode(slot(name));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> new WriteGlobalNode(name);
            case CLASS_LOCAL -> new pyt.nodes.access.WriteClassLocalNode(name);
        };
        return at(node, at);
    }

    /** In a class body, the slot of a name that is also free (LOAD_CLASSDEREF), else -1. */
    private int classFreeSlot(String name) {
        return scope.freeVars.contains(name) ? slot(name) : -1;
    }

    // ---- functions ----

    /**
     * A function object for a def, lambda or comprehension body. The body is translated when
     * the function is first called, not when its module is compiled: most functions of a
     * large program never run, and start-up pays only for those that do.
     */
    ExprNode makeFunction(Object node, String name, Arguments args, java.util.function.Function<FunctionTranslator, StmtNode> body,
                    Node at, Object doc) {
        Scope fnScope = scopes.get(node);
        String fnQualname = childQualname(name);
        Signature signature = signature(args, fnScope);
        PyCode code = new PyCode(name, () -> translateBody(fnScope, fnQualname, name, signature, body, at), signature,
                        fnScope.isGenerator() ? PyCode.GENERATOR : 0);
        // Closure cells come from this (the defining) scope's slots, in the new function's free-variable order.
        int[] closure = new int[fnScope.freeVars.size()];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = slot(fnScope.freeVars.get(i));
        }
        ExprNode[] defaults = exprs.list(args.defaults());
        ExprNode[] kwDefaults = new ExprNode[args.kwonlyargs().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = args.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : exprs.expr(d);
        }
        return at(new MakeFunctionNode(code, fnQualname, defaults, kwDefaults, closure, doc), at);
    }

    /** The call target of a function body: its prologue (parameters into slots, cells) and statements. */
    private RootCallTarget translateBody(Scope fnScope, String fnQualname, String name, Signature signature,
                    java.util.function.Function<FunctionTranslator, StmtNode> body, Node at) {
        FunctionTranslator t = new FunctionTranslator(language, source, scopes, errors, fnScope, this, fnQualname);
        if (fnScope.kind == Scope.Kind.CLASS) {
            // tells locals() that this frame's first parameter is the namespace the class body fills
            t.frame.info(ModuleCompiler.CLASS_NAMESPACE);
        }
        List<StmtNode> prologue = new ArrayList<>();
        if (fnScope.isGenerator()) {
            t.resume = new pyt.nodes.generator.ResumeSlots(t.temporary());
        }
        String[] names = signature.names();
        t.firstParameter = signature.positionalCount() > 0 ? names[0] : null;
        for (int i = 0; i < names.length; i++) {
            if (fnScope.lookup(names[i]) == Scope.Binding.LOCAL) {
                TargetNode write = WriteLocalNodeGen.create(t.slot(names[i]));
                prologue.add(new pyt.nodes.access.AssignNode(new ReadArgumentNode(i), new TargetNode[]{write}));
            }
        }
        int[] cellSlots = new int[fnScope.cellVars.size()];
        int[] cellParams = new int[cellSlots.length];
        for (int i = 0; i < cellSlots.length; i++) {
            String v = fnScope.cellVars.get(i);
            cellSlots[i] = t.slot(v);
            cellParams[i] = java.util.Arrays.asList(names).indexOf(v);
        }
        int[] freeSlots = new int[fnScope.freeVars.size()];
        for (int i = 0; i < freeSlots.length; i++) {
            freeSlots[i] = t.slot(fnScope.freeVars.get(i));
        }
        if (cellSlots.length > 0 || freeSlots.length > 0) {
            prologue.add(0, new InitCellsNode(cellSlots, cellParams, freeSlots));
        }
        StmtNode translated;
        try {
            translated = body.apply(t);
        } catch (pyt.parser.PythonSyntaxError e) {
            throw pyt.runtime.SyntaxErrors.toPython(language, source, e);
        }
        prologue.add(translated);
        StmtNode fullBody = t.block(prologue.toArray(new StmtNode[0]));
        fullBody.markRootBody();
        at(fullBody, at);
        SourceSection section = source.createSection(at.start(), Math.max(0, Math.min(at.end(), source.getLength()) - at.start()));
        FunctionRootNode root;
        if (fnScope.isGenerator()) {
            // The function's own call target only makes the generator; the body runs on each resumption.
            var bodyRoot = new pyt.nodes.generator.GeneratorBodyRootNode(language, t.frame.build(), t.returnSlot, name, fnQualname,
                            section, t.resume, fullBody);
            FrameDescriptor.Builder makerFrame = FrameDescriptor.newBuilder();
            int slot = makerFrame.addSlot(FrameSlotKind.Illegal, ".return", null);
            StmtNode make = new ReturnNode(new pyt.nodes.generator.MakeGeneratorNode(bodyRoot, name, fnQualname), slot);
            root = new FunctionRootNode(language, makerFrame.build(), slot, name, fnQualname, section, make);
        } else {
            root = new FunctionRootNode(language, t.frame.build(), t.returnSlot, name, fnQualname, section, fullBody);
        }
        return root.getCallTarget();
    }

    String childQualname(String name) {
        if (scope.kind == Scope.Kind.MODULE) {
            return name;
        }
        if (scope.kind == Scope.Kind.CLASS) {
            return qualname + "." + name;
        }
        return qualname + ".<locals>." + name;
    }

    static Signature signature(Arguments args, Scope scope) {
        List<String> names = new ArrayList<>();
        for (Arguments.Arg a : args.posonlyargs()) {
            names.add(scope.mangle(a.name()));
        }
        for (Arguments.Arg a : args.args()) {
            names.add(scope.mangle(a.name()));
        }
        int positional = names.size();
        if (args.vararg() != null) {
            names.add(scope.mangle(args.vararg().name()));
        }
        for (Arguments.Arg a : args.kwonlyargs()) {
            names.add(scope.mangle(a.name()));
        }
        if (args.kwarg() != null) {
            names.add(scope.mangle(args.kwarg().name()));
        }
        return new Signature(names.toArray(new String[0]), args.posonlyargs().size(), positional, args.vararg() != null,
                        args.kwonlyargs().size(), args.kwarg() != null);
    }

    static final Arguments NO_ARGUMENTS = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    /** Gives a node the source range of an AST node. */
    <T extends PytNode> T at(T node, Node ast) {
        if (ast != null) {
            int start = Math.min(ast.start(), source.getLength());
            int end = Math.min(Math.max(ast.end(), start), source.getLength());
            node.setSourceRange(start, end - start);
        }
        return node;
    }

    <T extends PytNode> T at(T node, int start, int end) {
        int s = Math.min(start, source.getLength());
        node.setSourceRange(s, Math.min(Math.max(end, s), source.getLength()) - s);
        return node;
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                        && c.value() instanceof String s) {
            return s;
        }
        return null;
    }
}
