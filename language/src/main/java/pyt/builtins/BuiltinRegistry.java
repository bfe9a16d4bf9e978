package pyt.builtins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.dsl.NodeFactory;

import pyt.PytContext;
import pyt.PytLanguage;
import pyt.runtime.BuiltinTypes;
import pyt.runtime.PyBuiltinFunction;
import pyt.runtime.PyCode;
import pyt.runtime.PyModule;
import pyt.runtime.PyNone;
import pyt.runtime.PySingleton;
import pyt.runtime.PyStrings;
import pyt.runtime.PyType;

/**
 * Turns the {@link Builtin} nodes of every builtin group into function objects: methods go into
 * their builtin type's namespace when the language starts, module functions into the module
 * when a context creates it. Adding a group means adding its generated factory list below.
 */
public final class BuiltinRegistry {
    private static final List<List<? extends NodeFactory<? extends PytBuiltinNode>>> GROUPS = List.of(
                    BuiltinFunctionsFactory.getFactories(),
                    BuiltinIterationFunctionsFactory.getFactories(),
                    BuiltinNumberFunctionsFactory.getFactories(),
                    BuiltinObjectFunctionsFactory.getFactories(),
                    IteratorBuiltinsFactory.getFactories(),
                    SetBuiltinsFactory.getFactories(),
                    FrozenSetBuiltinsFactory.getFactories(),
                    ListBuiltinsFactory.getFactories(),
                    BytesBuiltinsFactory.getFactories(),
                    BytesTextBuiltinsFactory.getFactories(),
                    BytesCaseBuiltinsFactory.getFactories(),
                    BytesConstructorFactory.getFactories(),
                    ByteArrayBuiltinsFactory.getFactories(),
                    TupleBuiltinsFactory.getFactories(),
                    DictBuiltinsFactory.getFactories(),
                    StrBuiltinsFactory.getFactories(),
                    StrTextBuiltinsFactory.getFactories(),
                    StrFormatBuiltinsFactory.getFactories(),
                    IntConstructorFactory.getFactories(),
                    IntBuiltinsFactory.getFactories(),
                    IntMethodsFactory.getFactories(),
                    FloatBuiltinsFactory.getFactories(),
                    FloatMethodsFactory.getFactories(),
                    BoolBuiltinsFactory.getFactories(),
                    ComplexBuiltinsFactory.getFactories(),
                    FloatConstructorFactory.getFactories(),
                    BoolConstructorFactory.getFactories(),
                    ComplexConstructorFactory.getFactories(),
                    RangeBuiltinsFactory.getFactories(),
                    SliceBuiltinsFactory.getFactories(),
                    ObjectBuiltinsFactory.getFactories(),
                    TypeBuiltinsFactory.getFactories(),
                    ExceptionBuiltinsFactory.getFactories(),
                    ExceptionAttributesFactory.getFactories(),
                    FunctionBuiltinsFactory.getFactories(),
                    MethodBuiltinsFactory.getFactories(),
                    BuiltinFunctionBuiltinsFactory.getFactories(),
                    pyt.modules.SysModuleFactory.getFactories(),
                    pyt.modules.SysExceptionFunctionsFactory.getFactories(),
                    pyt.modules.TimeModuleFactory.getFactories(),
                    pyt.modules.TimeFormattingFactory.getFactories(),
                    pyt.modules.StructTimeMethodsFactory.getFactories(),
                    pyt.modules.TextStreamMethodsFactory.getFactories(),
                    pyt.modules.BinaryStreamMethodsFactory.getFactories(),
                    pyt.modules.NamespaceFactory.getFactories(),
                    pyt.modules.MathFunctionsFactory.getFactories(),
                    pyt.modules.MathTrigFunctionsFactory.getFactories(),
                    pyt.modules.MathIntegerFunctionsFactory.getFactories(),
                    ExecBuiltinsFactory.getFactories(),
                    ImportBuiltinsFactory.getFactories(),
                    TypeConstructorFactory.getFactories(),
                    SuperConstructorFactory.getFactories(),
                    DescriptorBuiltinsFactory.getFactories(),
                    GeneratorBuiltinsFactory.getFactories(),
                    FrameBuiltinsFactory.getFactories(),
                    ClassMethodConstructorFactory.getFactories(),
                    StaticMethodConstructorFactory.getFactories(),
                    // embedding: foreign values, the polyglot and java modules, open() (pyt.interop)
                    pyt.interop.ForeignObjectBuiltinsFactory.getFactories(),
                    pyt.interop.ForeignNumberBuiltinsFactory.getFactories(),
                    pyt.interop.ForeignExceptionBuiltinsFactory.getFactories(),
                    pyt.interop.PolyglotModuleFactory.getFactories(),
                    pyt.interop.JavaModuleFactory.getFactories(),
                    pyt.interop.FileBuiltinsFactory.getFactories(),
                    pyt.interop.TextFileMethodsFactory.getFactories());

    private final PytLanguage language;
    private final Map<String, List<PyBuiltinFunction>> moduleFunctions = new HashMap<>();

    public BuiltinRegistry(PytLanguage language) {
        this.language = language;
        for (List<? extends NodeFactory<? extends PytBuiltinNode>> group : GROUPS) {
            register(group);
        }
    }

    private void register(List<? extends NodeFactory<? extends PytBuiltinNode>> group) {
        if (group.isEmpty()) {
            return;
        }
        Class<?> owner = group.get(0).getNodeClass().getEnclosingClass();
        BuiltinModule module = owner.getAnnotation(BuiltinModule.class);
        BuiltinClass klass = owner.getAnnotation(BuiltinClass.class);
        if (klass != null) {
            for (String name : klass.name()) {
                PyType type = language.types().byName(name);
                if (type == null) {
                    throw new IllegalStateException("no builtin type " + name);
                }
                for (NodeFactory<? extends PytBuiltinNode> factory : group) {
                    Builtin b = factory.getNodeClass().getAnnotation(Builtin.class);
                    if (b != null) {
                        PyBuiltinFunction fn = create(b, factory, type);
                        if (b.isGetter() || b.isSetter()) {
                            defineAccessor(type, b, fn);
                        } else {
                            type.define(b.name(), b.isClassmethod() ? new pyt.runtime.PyClassMethod(fn)
                                            : b.isStaticmethod() ? new pyt.runtime.PyStaticMethod(fn) : fn);
                        }
                    }
                }
            }
            return;
        }
        List<PyBuiltinFunction> functions = new ArrayList<>();
        for (NodeFactory<? extends PytBuiltinNode> factory : group) {
            Builtin b = factory.getNodeClass().getAnnotation(Builtin.class);
            if (b != null) {
                functions.add(create(b, factory, null));
            }
        }
        if (module != null) {
            moduleFunctions.computeIfAbsent(module.name(), k -> new ArrayList<>()).addAll(functions);
        }
    }

    /** A getter or setter becomes (half of) a {@code property}, whichever of the two comes first. */
    private static void defineAccessor(PyType type, Builtin b, PyBuiltinFunction fn) {
        Object existing = type.getOwn(b.name());
        pyt.runtime.PyProperty other = existing instanceof pyt.runtime.PyProperty p ? p : null;
        Object getter = b.isGetter() ? fn : other != null ? other.fget() : PyNone.NONE;
        Object setter = b.isSetter() ? fn : other != null ? other.fset() : PyNone.NONE;
        type.define(b.name(), new pyt.runtime.PyProperty(getter, setter, PyNone.NONE, PyNone.NONE));
    }

    private PyBuiltinFunction create(Builtin b, NodeFactory<? extends PytBuiltinNode> factory, PyType owner) {
        SignatureParser.Parsed parsed = SignatureParser.parse(b.signature());
        BuiltinRootNode root = new BuiltinRootNode(language, b.name(), parsed.signature().parameterCount(),
                        unboxesSelf(b, owner), factory.createNode());
        PyCode code = new PyCode(b.name(), root.getCallTarget(), parsed.signature(), 0);
        return new PyBuiltinFunction(code, owner, parsed.defaults(), parsed.kwDefaults(), b.doc());
    }

    /** Whether a method receives the value of a boxed int, float or str subclass instance as self. */
    private boolean unboxesSelf(Builtin b, PyType owner) {
        BuiltinTypes types = language.types();
        boolean valueType = owner == types.int_ || owner == types.float_ || owner == types.str;
        return valueType && !b.isStaticmethod() && !b.isClassmethod();
    }

    /** The functions of module {@code name} implemented in Java (empty if none). */
    public List<PyBuiltinFunction> functionsOf(String name) {
        return moduleFunctions.getOrDefault(name, List.of());
    }

    /** A fresh {@code builtins} module for a context: the builtin functions, types and constants. */
    public PyModule createBuiltinsModule(PytContext context) {
        PyModule m = new PyModule("builtins");
        m.set("__name__", PyStrings.of("builtins"));
        for (Map.Entry<String, PyType> e : language.types().all().entrySet()) {
            m.set(e.getKey(), e.getValue());
        }
        for (PyBuiltinFunction fn : functionsOf("builtins")) {
            m.set(fn.getName(), fn);
        }
        m.set("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        m.set("Ellipsis", PySingleton.ELLIPSIS);
        m.set("None", pyt.runtime.PyNone.NONE);
        m.set("True", Boolean.TRUE);
        m.set("False", Boolean.FALSE);
        // CPython keeps these old names of OSError as aliases
        m.set("EnvironmentError", language.types().OSError);
        m.set("IOError", language.types().OSError);
        return m;
    }
}
