package pyt.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContinuationTest {
    private static boolean more(String buffer) {
        return Continuation.needsMore(buffer, buffer.endsWith("\n") || buffer.lines().reduce((a, b) -> b).orElse("").isBlank());
    }

    @Test
    void simpleStatementsAreComplete() {
        assertFalse(more("x = 1"));
        assertFalse(more("print('(')"));
        assertFalse(more("f = lambda x: x"));
        assertFalse(more("d = {'a': 1}"));
        assertFalse(more("x = 1  # comment with ( and :"));
        assertFalse(more("s = 'a\\'b'"));
        assertFalse(more("if_x = 3"));
    }

    @Test
    void openBracketsStringsAndBackslashesContinue() {
        assertTrue(more("x = [1,"));
        assertTrue(more("f(a,\n  b"));
        assertTrue(more("s = \"\"\"a"));
        assertTrue(more("s = '''a\nb"));
        assertTrue(more("y = 1 + \\"));
        assertFalse(more("x = [1,\n 2]"));
        assertFalse(more("s = \"\"\"a\nb\"\"\""));
    }

    @Test
    void compoundStatementsEndWithAnEmptyLine() {
        assertTrue(more("if x:"));
        assertTrue(more("if x: print(1)"));
        assertTrue(more("def f():\n    return 1"));
        assertTrue(more("@decorator"));
        assertTrue(more("for i in range(3):\n    print(i)"));
        assertTrue(more("match x:"));
        assertTrue(more("if (a and\n    b):"));
        assertFalse(more("def f():\n    return 1\n"));
        assertFalse(Continuation.needsMore("for i in range(3):\n    print(i)\n", true));
    }

    @Test
    void commentsAndBlanksAreEmpty() {
        assertTrue(Continuation.isEmpty(""));
        assertTrue(Continuation.isEmpty("   "));
        assertTrue(Continuation.isEmpty("# just a comment"));
        assertFalse(Continuation.isEmpty("s = \"\"\"a"));
        assertFalse(Continuation.isEmpty("x"));
    }
}
