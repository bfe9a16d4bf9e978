package pyt.parser.ast;

import java.util.List;

/**
 * A parameter list. {@code defaults} belong to the last positional parameters (posonly then
 * args); {@code kwDefaults} has one entry per keyword-only parameter, null where it has none.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {

    public record Arg(String name, Expr annotation, int start, int end) implements Node {}
}
