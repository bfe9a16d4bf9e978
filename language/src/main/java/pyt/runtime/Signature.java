package pyt.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The parameters of a function. The callee's frame arguments hold, after the
 * {@link PArguments} header, one value per parameter in this order: positional parameters
 * (positional-only first), the {@code *args} tuple if any, keyword-only parameters, and the
 * {@code **kwargs} dict if any. Callers bind their arguments into that layout.
 */
public final class Signature {
    @CompilationFinal(dimensions = 1) private final String[] names;
    private final int posOnlyCount;
    private final int positionalCount;
    private final boolean varArgs;
    private final int kwOnlyCount;
    private final boolean varKeywords;

    public Signature(String[] names, int posOnlyCount, int positionalCount, boolean varArgs, int kwOnlyCount,
                    boolean varKeywords) {
        this.names = names;
        this.posOnlyCount = posOnlyCount;
        this.positionalCount = positionalCount;
        this.varArgs = varArgs;
        this.kwOnlyCount = kwOnlyCount;
        this.varKeywords = varKeywords;
    }

    /** Names of all parameters in frame order (including the *args and **kwargs names). */
    public String[] names() {
        return names;
    }

    public int posOnlyCount() {
        return posOnlyCount;
    }

    /** Number of parameters that can be passed by position, positional-only included. */
    public int positionalCount() {
        return positionalCount;
    }

    public boolean hasVarArgs() {
        return varArgs;
    }

    public int kwOnlyCount() {
        return kwOnlyCount;
    }

    public boolean hasVarKeywords() {
        return varKeywords;
    }

    public int varArgsIndex() {
        return positionalCount;
    }

    public int kwOnlyStart() {
        return positionalCount + (varArgs ? 1 : 0);
    }

    public int varKeywordsIndex() {
        return kwOnlyStart() + kwOnlyCount;
    }

    public int parameterCount() {
        return names.length;
    }

    /** True when a call with exactly {@code n} positional arguments and no keywords needs no binding work. */
    /** Fewer positional arguments than positional parameters and nothing else: the rest may come from defaults. */
    public boolean isPositionalWithDefaults(int n) {
        return n < positionalCount && !varArgs && kwOnlyCount == 0 && !varKeywords;
    }

    public boolean isSimplePositional(int n) {
        return n == positionalCount && !varArgs && kwOnlyCount == 0 && !varKeywords;
    }
}
