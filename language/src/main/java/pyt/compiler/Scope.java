package pyt.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One namespace of a program (module, class body, function, lambda or comprehension) with what
 * {@link ScopeAnalyzer} decided for each name in it, following CPython's symtable rules.
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION }

    /** Where a name lives when code in this scope uses it. */
    public enum Binding {
        /** In a frame slot of this function. */
        LOCAL,
        /** Local to this function, but in a cell because nested functions use it. */
        CELL,
        /** A cell of an enclosing function. */
        FREE,
        /** Declared {@code global}. */
        GLOBAL_EXPLICIT,
        /** Not bound anywhere enclosing: a global or builtin. */
        GLOBAL_IMPLICIT,
        /** Bound in a class body: lives in the class namespace. */
        CLASS_LOCAL
    }

    final Kind kind;
    final String name;
    final Scope parent;
    final List<Scope> children = new ArrayList<>();

    final Set<String> params = new LinkedHashSet<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    /** Names a walrus inside this comprehension binds in the enclosing function. */
    final Set<String> walrusNonlocals = new LinkedHashSet<>();
    /** The global/nonlocal statement that declared each name, for error positions. */
    final Map<String, pyt.parser.ast.Node> declarations = new LinkedHashMap<>();
    boolean isGenerator;
    boolean isCoroutine;
    boolean isComprehension;
    /** Names that are free here only because a nested scope passes them through. */
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    final List<String> cellVars = new ArrayList<>();
    final List<String> freeVars = new ArrayList<>();
    /** Functions defined in a class body that use {@code super()} or {@code __class__} need this cell. */
    boolean needsClassCell;

    /** The innermost enclosing class (this scope if it is one), whose name private names are mangled with. */
    final String className;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.className = kind == Kind.CLASS ? name : parent == null ? null : parent.className;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /**
     * CPython's private name mangling: inside a class, {@code __name} (not ending in two
     * underscores) becomes {@code _Class__name}.
     */
    public String mangle(String id) {
        if (className == null || !id.startsWith("__") || id.endsWith("__") || id.indexOf('.') >= 0) {
            return id;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? id : "_" + stripped + id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Scope getParent() {
        return parent;
    }

    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    public boolean isGenerator() {
        return isGenerator;
    }

    public boolean isComprehension() {
        return isComprehension;
    }

    /** How code in this scope reaches {@code name}. */
    public Binding lookup(String name) {
        Binding b = bindings.get(name);
        if (b != null) {
            return b;
        }
        return Binding.GLOBAL_IMPLICIT;
    }

    /** Cell variables in a fixed order: the order nested functions' closures refer to. */
    public List<String> getCellVars() {
        return cellVars;
    }

    /** Free variables in the order of the function object's closure tuple. */
    public List<String> getFreeVars() {
        return freeVars;
    }

    /** Parameters and other locals of a function scope, in first-mention order. */
    public List<String> getLocals() {
        List<String> result = new ArrayList<>();
        for (Map.Entry<String, Binding> e : bindings.entrySet()) {
            if (e.getValue() == Binding.LOCAL) {
                result.add(e.getKey());
            }
        }
        return result;
    }

    Set<String> nonlocalsFromWalrus() {
        return walrusNonlocals;
    }

    public boolean needsClassCell() {
        return needsClassCell;
    }
}
