package pyt.runtime;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization of a class's bases, as CPython computes {@code __mro__}. */
final class Mro {
    private Mro() {
    }

    static PyType[] compute(PyType type, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType base : bases) {
            seqs.add(new ArrayList<>(List.of(base.getMro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                if (!inTail(head, seqs)) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                java.util.LinkedHashSet<String> heads = new java.util.LinkedHashSet<>();
                for (List<PyType> seq : seqs) {
                    heads.add(seq.get(0).getName());
                }
                throw new MroError(String.join(", ", heads));
            }
            result.add(candidate);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean inTail(PyType t, List<List<PyType>> seqs) {
        for (List<PyType> seq : seqs) {
            if (seq.indexOf(t) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The bases admit no consistent order; the caller raises CPython's TypeError naming the conflicting heads. */
    static final class MroError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String heads;

        MroError(String heads) {
            super("Cannot create a consistent method resolution order (MRO)", null, false, false);
            this.heads = heads;
        }
    }
}
