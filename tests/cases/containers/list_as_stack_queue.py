stack = []
for ch in "push":
    stack.append(ch)
print(stack)
while stack:
    print(stack.pop(), end=" ")
print()
queue = []
for i in range(5):
    queue.append(i)
out = []
while queue:
    out.append(queue.pop(0))
    if out[-1] == 2:
        queue.append(10)
print(out)


def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            st.append(float(tok))
    return st.pop()


print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * /"))
