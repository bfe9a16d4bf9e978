def run(program):
    stack = []
    out = []
    for line in program.strip().splitlines():
        match line.split():
            case ["push", n]:
                stack.append(int(n))
            case ["pop"]:
                stack.pop()
            case ["add" | "mul" | "sub" as op]:
                b, a = stack.pop(), stack.pop()
                match op:
                    case "add":
                        stack.append(a + b)
                    case "mul":
                        stack.append(a * b)
                    case "sub":
                        stack.append(a - b)
            case ["dup"]:
                stack.append(stack[-1])
            case ["print"]:
                out.append(str(stack[-1]))
            case ["print", *words]:
                out.append(" ".join(words))
            case [] | ["#", *_]:
                pass
            case other:
                out.append("error: %r" % (other,))
    return out, stack


prog = """
push 3
push 4
add
dup
mul
print
# comment line
print the answer above
push 10
sub
print
frobnicate 1 2
"""
print(run(prog))
