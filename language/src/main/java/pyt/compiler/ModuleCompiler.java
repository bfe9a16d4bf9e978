package pyt.compiler;

import java.util.Map;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;

import pyt.PytLanguage;
import pyt.nodes.function.MainRootNode;
import pyt.parser.Parser;
import pyt.parser.PythonSyntaxError;
import pyt.parser.ast.Module;
import pyt.runtime.SyntaxErrors;

/**
 * Source text to call target: parse, analyze scopes, translate. Syntax errors become Python
 * {@code SyntaxError}s that Truffle reports as parse errors.
 */
public final class ModuleCompiler {
    private ModuleCompiler() {
    }

    /**
     * The hidden parameter through which a class body receives the namespace it fills; also the
     * {@code FrameDescriptor} info that marks a class body's frame.
     */
    public static final String CLASS_NAMESPACE = ".namespace";

    /** What {@code Context.eval} runs: the source as the body of {@code __main__}. */
    public static CallTarget compileMain(PytLanguage language, Source source) {
        RootCallTarget body = compileModule(language, source);
        return new MainRootNode(language, body, source.getPath()).getCallTarget();
    }

    /**
     * {@code compile()}: {@code mode} is "exec", "eval" or "single"; the result runs with a
     * module as globals and returns the expression's value for "eval", None otherwise.
     */
    public static RootCallTarget compileString(PytLanguage language, String text, String filename, String mode) {
        Source source = Source.newBuilder(PytLanguage.ID, text, filename).interactive(mode.equals("single")).build();
        if (!mode.equals("eval")) {
            return compileModule(language, source);
        }
        try {
            pyt.parser.ast.Expr expr = Parser.parseExpression(text, filename);
            pyt.parser.ast.Module module = new Module(java.util.List.of(new pyt.parser.ast.Stmt.Return(expr, expr.start(), expr.end())));
            SyntaxErrorFactory errors = new SyntaxErrorFactory(text, filename);
            Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module, errors);
            return new FunctionTranslator(language, source, scopes, errors).translateModule(module, false);
        } catch (PythonSyntaxError e) {
            throw SyntaxErrors.toPython(language, source, e);
        }
    }

    /** A module body; run it with the module as globals (see {@link pyt.runtime.PArguments}). */
    public static RootCallTarget compileModule(PytLanguage language, Source source) {
        String text = source.getCharacters().toString();
        String filename = source.getPath() != null && source.getName() != null ? source.getName() : source.getName();
        try {
            Module module = source.isInteractive() ? Parser.parseInteractive(text, filename) : Parser.parseModule(text, filename);
            SyntaxErrorFactory errors = new SyntaxErrorFactory(text, filename);
            Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module, errors);
            return new FunctionTranslator(language, source, scopes, errors).translateModule(module, source.isInteractive());
        } catch (PythonSyntaxError e) {
            throw SyntaxErrors.toPython(language, source, e);
        }
    }
}
