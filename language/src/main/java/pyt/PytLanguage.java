package pyt;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import pyt.builtins.BuiltinRegistry;
import pyt.compiler.ModuleCompiler;
import pyt.runtime.BuiltinTypes;

/**
 * The pyt language: Python 3.11 as a Truffle language. Parsing a source yields a call target
 * that runs it as the {@code __main__} module of the current context.
 */
@TruffleLanguage.Registration(id = PytLanguage.ID, name = "Python", implementationName = "pyt", version = "3.11",
                defaultMimeType = PytLanguage.MIME_TYPE, characterMimeTypes = PytLanguage.MIME_TYPE,
                fileTypeDetectors = PytFileDetector.class, contextPolicy = TruffleLanguage.ContextPolicy.SHARED,
                website = "https://github.com/pyt")
@ProvidedTags({StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.StatementTag.class})
public final class PytLanguage extends TruffleLanguage<PytContext> {
    public static final String ID = "pyt";
    public static final String MIME_TYPE = "text/x-python";

    private static final LanguageReference<PytLanguage> REFERENCE = LanguageReference.create(PytLanguage.class);

    private final BuiltinTypes types = new BuiltinTypes();
    private BuiltinRegistry builtins;

    public static PytLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    public BuiltinTypes types() {
        return types;
    }

    /** Created with the first context, so that creating the language costs nothing. */
    public synchronized BuiltinRegistry builtins() {
        if (builtins == null) {
            builtins = new BuiltinRegistry(this);
        }
        return builtins;
    }

    @Override
    protected PytContext createContext(Env env) {
        return new PytContext(this, env);
    }

    @Override
    protected void initializeContext(PytContext context) {
        context.initialize();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        return ModuleCompiler.compileMain(this, source);
    }

    /** {@code context.getBindings("pyt")}: the globals of {@code __main__} (embedding, see docs/embedding.md). */
    @Override
    protected Object getScope(PytContext context) {
        return new pyt.interop.ModuleScope(context.getMainModule());
    }

    /** Interactive sources print their values through sys.displayhook themselves. */
    @Override
    protected boolean isVisible(PytContext context, Object value) {
        return false;
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return singleThreaded;
    }
}
