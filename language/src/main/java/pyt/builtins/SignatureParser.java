package pyt.builtins;

import java.util.ArrayList;
import java.util.List;

import pyt.runtime.PyNone;
import pyt.runtime.PyStrings;
import pyt.runtime.Signature;

/** Reads the Python-style parameter list of a {@link Builtin} annotation. */
final class SignatureParser {
    /** A parsed signature with its default values, split as function objects keep them. */
    record Parsed(Signature signature, Object[] defaults, Object[] kwDefaults) {}

    private SignatureParser() {
    }

    static Parsed parse(String text) {
        String body = text.trim();
        if (!body.startsWith("(") || !body.endsWith(")")) {
            throw new IllegalArgumentException("bad builtin signature " + text);
        }
        body = body.substring(1, body.length() - 1).trim();
        List<String> positional = new ArrayList<>();
        List<String> kwOnly = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        List<Object> kwDefaults = new ArrayList<>();
        String varArgs = null;
        String varKw = null;
        int posOnly = 0;
        boolean afterStar = false;
        if (!body.isEmpty()) {
            for (String raw : body.split(",")) {
                String p = raw.trim();
                if (p.equals("/")) {
                    posOnly = positional.size();
                } else if (p.equals("*")) {
                    afterStar = true;
                } else if (p.startsWith("**")) {
                    varKw = p.substring(2);
                } else if (p.startsWith("*")) {
                    varArgs = p.substring(1);
                    afterStar = true;
                } else {
                    int eq = p.indexOf('=');
                    String name = eq < 0 ? p : p.substring(0, eq).trim();
                    Object def = eq < 0 ? null : parseDefault(p.substring(eq + 1).trim());
                    if (afterStar) {
                        kwOnly.add(name);
                        kwDefaults.add(def);
                    } else {
                        positional.add(name);
                        if (def != null) {
                            defaults.add(def);
                        } else if (!defaults.isEmpty()) {
                            throw new IllegalArgumentException("non-default parameter after default in " + text);
                        }
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(positional);
        if (varArgs != null) {
            names.add(varArgs);
        }
        names.addAll(kwOnly);
        if (varKw != null) {
            names.add(varKw);
        }
        Signature sig = new Signature(names.toArray(new String[0]), posOnly, positional.size(), varArgs != null,
                        kwOnly.size(), varKw != null);
        return new Parsed(sig, defaults.toArray(), kwDefaults.toArray());
    }

    private static Object parseDefault(String s) {
        switch (s) {
            case "None":
                return PyNone.NONE;
            case "_":
                return PyNone.NO_VALUE;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            default:
                if (s.startsWith("'") || s.startsWith("\"")) {
                    return PyStrings.of(s.substring(1, s.length() - 1));
                }
                return Long.parseLong(s);
        }
    }
}
