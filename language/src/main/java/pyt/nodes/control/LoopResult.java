package pyt.nodes.control;

/** How a loop ended: decides whether its {@code else} runs. */
enum LoopResult {
    DONE, BROKE
}
