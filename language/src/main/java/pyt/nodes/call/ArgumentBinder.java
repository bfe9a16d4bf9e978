package pyt.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import pyt.runtime.PArguments;
import pyt.runtime.PyCallable;
import pyt.runtime.PyDict;
import pyt.runtime.PyErrors;
import pyt.runtime.PyFunction;
import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.PyTuple;
import pyt.runtime.Signature;

/**
 * Binds call arguments to a callee's parameters, producing the frame arguments described by
 * {@link Signature}: CPython's rules and error messages for positional, keyword, default,
 * {@code *args} and {@code **kwargs} parameters.
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    /** The common case: exactly as many positional arguments as positional parameters, nothing else. */
    @ExplodeLoop
    public static Object[] bindSimple(PyCallable callee, Object[] positional) {
        Object[] args = PArguments.create(callee, callee.getGlobals(), positional.length);
        for (int i = 0; i < positional.length; i++) {
            args[PArguments.FIRST_PARAMETER + i] = positional[i];
        }
        return args;
    }

    /**
     * Positional arguments only, fewer than the positional parameters, the rest from the
     * defaults: the caller checked that the defaults cover them.
     */
    @ExplodeLoop
    public static Object[] bindWithDefaults(PyCallable callee, Signature sig, Object[] positional) {
        int npos = sig.positionalCount();
        Object[] args = PArguments.create(callee, callee.getGlobals(), npos);
        Object[] defaults = callee.getDefaults();
        int firstDefault = npos - defaults.length;
        for (int i = 0; i < npos; i++) {
            args[PArguments.FIRST_PARAMETER + i] = i < positional.length ? positional[i] : defaults[i - firstDefault];
        }
        return args;
    }

    @TruffleBoundary
    public static Object[] bind(PyCallable callee, Signature sig, Object[] positional, String[] kwNames, Object[] kwValues) {
        Object[] args = PArguments.create(callee, callee.getGlobals(), sig.parameterCount());
        final int base = PArguments.FIRST_PARAMETER;
        int npos = sig.positionalCount();
        int given = positional.length;
        if (given > npos) {
            if (!sig.hasVarArgs()) {
                throw tooManyPositional(callee, sig, given, kwNames);
            }
        }
        int direct = Math.min(given, npos);
        System.arraycopy(positional, 0, args, base, direct);
        if (sig.hasVarArgs()) {
            Object[] rest = new Object[Math.max(0, given - npos)];
            if (rest.length > 0) {
                System.arraycopy(positional, npos, rest, 0, rest.length);
            }
            args[base + sig.varArgsIndex()] = PyTuple.of(rest);
        }
        PyDict extra = sig.hasVarKeywords() ? new PyDict() : null;
        String[] names = sig.names();
        java.util.List<String> posOnlyAsKw = null;
        if (kwNames != null) {
            for (int k = 0; k < kwNames.length; k++) {
                String name = kwNames[k];
                int index = findKeyword(sig, name);
                if (index < 0) {
                    if (extra != null) {
                        extra.put(PyStrings.of(name), kwValues[k]);
                        continue;
                    }
                    if (isPositionalOnly(sig, name)) {
                        if (posOnlyAsKw == null) {
                            posOnlyAsKw = new java.util.ArrayList<>();
                        }
                        posOnlyAsKw.add(name);
                        continue;
                    }
                    throw PyErrors.typeError(null, "%s() got an unexpected keyword argument '%s'", qualname(callee), name);
                }
                if (args[base + index] != null) {
                    throw PyErrors.typeError(null, "%s() got multiple values for argument '%s'", qualname(callee), name);
                }
                args[base + index] = kwValues[k];
            }
        }
        if (posOnlyAsKw != null) {
            throw PyErrors.typeError(null, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                            qualname(callee), String.join(", ", posOnlyAsKw));
        }
        if (extra != null) {
            args[base + sig.varKeywordsIndex()] = extra;
        }
        Object[] defaults = callee.getDefaults();
        int firstDefault = npos - defaults.length;
        java.util.List<String> missing = null;
        for (int i = 0; i < npos; i++) {
            if (args[base + i] == null) {
                if (i >= firstDefault) {
                    args[base + i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new java.util.ArrayList<>();
                    }
                    missing.add(names[i]);
                }
            }
        }
        if (missing != null) {
            if (callee instanceof pyt.runtime.PyBuiltinFunction b && isSingleArgument(b, sig)) {
                throw PyErrors.typeError(null, "%s() takes exactly one argument (0 given)", qualifiedName(b));
            }
            throw missingArguments(callee, missing, "positional");
        }
        Object[] kwDefaults = callee.getKwDefaults();
        int kwStart = sig.kwOnlyStart();
        for (int i = 0; i < sig.kwOnlyCount(); i++) {
            if (args[base + kwStart + i] == null) {
                Object d = kwDefaults != null && i < kwDefaults.length ? kwDefaults[i] : null;
                if (d != null) {
                    args[base + kwStart + i] = d;
                } else {
                    if (missing == null) {
                        missing = new java.util.ArrayList<>();
                    }
                    missing.add(names[kwStart + i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(callee, missing, "keyword-only");
        }
        return args;
    }

    private static int findKeyword(Signature sig, String name) {
        String[] names = sig.names();
        for (int i = sig.posOnlyCount(); i < sig.positionalCount(); i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        int kwStart = sig.kwOnlyStart();
        for (int i = 0; i < sig.kwOnlyCount(); i++) {
            if (names[kwStart + i].equals(name)) {
                return kwStart + i;
            }
        }
        return -1;
    }

    private static boolean isPositionalOnly(Signature sig, String name) {
        for (int i = 0; i < sig.posOnlyCount(); i++) {
            if (sig.names()[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String qualname(PyCallable callee) {
        return callee instanceof PyFunction f ? f.getQualname() : callee.getName();
    }

    private static RuntimeException tooManyPositional(PyCallable callee, Signature sig, int given, String[] kwNames) {
        if (callee instanceof pyt.runtime.PyBuiltinFunction b && !sig.hasVarArgs()) {
            return clinicTooManyPositional(b, sig, given, kwNames == null ? 0 : kwNames.length);
        }
        int npos = sig.positionalCount();
        int required = npos - callee.getDefaults().length;
        String takes = required == npos ? String.valueOf(npos) : "from " + required + " to " + npos;
        int kwGiven = 0;
        if (kwNames != null) {
            for (String k : kwNames) {
                if (findKeyword(sig, k) >= sig.kwOnlyStart()) {
                    kwGiven++;
                }
            }
        }
        String was = given == 1 && kwGiven == 0 ? "was" : "were";
        String extraKw = kwGiven == 0 ? "" : String.format(" positional argument%s (and %d keyword-only argument%s)",
                        given == 1 ? "" : "s", kwGiven, kwGiven == 1 ? "" : "s");
        if (kwGiven == 0) {
            return PyErrors.typeError(null, "%s() takes %s positional argument%s but %d %s given", qualname(callee), takes,
                            npos == 1 && required == npos ? "" : "s", given, was);
        }
        return PyErrors.typeError(null, "%s() takes %s positional argument%s but %d%s were given", qualname(callee), takes,
                        npos == 1 && required == npos ? "" : "s", given, extraKw);
    }

    /**
     * CPython's messages for a builtin given too many arguments: METH_O and METH_NOARGS name a
     * method with its class; Argument Clinic's {@code _PyArg_CheckPositional} (positional-only
     * parameters) and {@code _PyArg_UnpackKeywords} (the others) word it their own way. None
     * counts a method's self.
     */
    private static RuntimeException clinicTooManyPositional(pyt.runtime.PyBuiltinFunction callee, Signature sig, int given, int keywords) {
        pyt.runtime.PyType owner = callee.getOwner();
        int self = owner != null ? 1 : 0;
        int maxPositional = sig.positionalCount() - self;
        int positional = given - self;
        int required = Math.max(0, maxPositional - callee.getDefaults().length);
        String atMost = required < maxPositional ? "at most " : "";
        boolean allPositionalOnly = sig.kwOnlyCount() == 0 && sig.posOnlyCount() == sig.positionalCount();
        if (isSingleArgument(callee, sig)) {
            return PyErrors.typeError(null, "%s() takes exactly one argument (%d given)", qualifiedName(callee), positional);
        } else if (allPositionalOnly && maxPositional == 0) {
            return PyErrors.typeError(null, "%s() takes no arguments (%d given)", qualifiedName(callee), positional);
        } else if (allPositionalOnly) {
            return PyErrors.typeError(null, "%s expected %s%d argument%s, got %d", callee.getName(), atMost, maxPositional,
                            maxPositional == 1 ? "" : "s", positional);
        }
        int maxArguments = maxPositional + sig.kwOnlyCount();
        if (positional + keywords > maxArguments) {
            return PyErrors.typeError(null, "%s() takes at most %d %sargument%s (%d given)", callee.getName(), maxArguments,
                            positional == 0 ? "keyword " : "", maxArguments == 1 ? "" : "s", positional + keywords);
        }
        if (maxPositional == 0) {
            return PyErrors.typeError(null, "%s() takes no positional arguments", callee.getName());
        }
        return PyErrors.typeError(null, "%s() takes %s %d positional argument%s (%d given)", callee.getName(),
                        required < maxPositional ? "at most" : "exactly", maxPositional, maxPositional == 1 ? "" : "s", positional);
    }

    /** A builtin taking exactly one positional-only argument besides a method's self: CPython's METH_O. */
    private static boolean isSingleArgument(pyt.runtime.PyBuiltinFunction callee, Signature sig) {
        int self = callee.getOwner() != null ? 1 : 0;
        return !sig.hasVarArgs() && sig.kwOnlyCount() == 0 && sig.posOnlyCount() == sig.positionalCount()
                        && sig.positionalCount() - self == 1 && callee.getDefaults().length == 0;
    }

    /** {@code len} for a function, {@code str.join} for a method, as CPython's METH_O and METH_NOARGS messages name them. */
    private static String qualifiedName(pyt.runtime.PyBuiltinFunction callee) {
        pyt.runtime.PyType owner = callee.getOwner();
        return owner != null ? owner.getName() + "." + callee.getName() : callee.getName();
    }

    private static RuntimeException missingArguments(PyCallable callee, java.util.List<String> missing, String kind) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                names.append(missing.size() == 2 ? " and " : i == missing.size() - 1 ? ", and " : ", ");
            }
            names.append('\'').append(missing.get(i)).append('\'');
        }
        return PyErrors.typeError(null, "%s() missing %d required %s argument%s: %s", qualname(callee), missing.size(), kind,
                        missing.size() == 1 ? "" : "s", names);
    }

    /** Whether {@code value} is the marker of an optional builtin parameter that was not passed. */
    public static boolean isNoValue(Object value) {
        return value == PyNone.NO_VALUE;
    }
}
