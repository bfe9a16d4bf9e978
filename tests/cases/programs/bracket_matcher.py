PAIRS = {")": "(", "]": "[", "}": "{"}
def check(s):
    stack = []
    for i, c in enumerate(s):
        if c in "([{":
            stack.append((c, i))
        elif c in PAIRS:
            if not stack or stack[-1][0] != PAIRS[c]:
                return f"mismatch at {i}"
            stack.pop()
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "ok"
for s in ["()", "([]{})", "(]", "((", "{[()()]}", "", ")(", "a(b[c]d)e", "[(])", "{{{}}}}"]:
    print(f"{s!r:>12}: {check(s)}")
