package pyt.parser.ast;

/**
 * Every AST node knows its source extent as character offsets into the source text
 * ({@code start} inclusive, {@code end} exclusive), from which the compiler builds Truffle
 * source sections and error positions.
 */
public interface Node {
    int start();

    int end();
}
