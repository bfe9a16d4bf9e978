class VMError(Exception):
    pass


class VM:
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.vars = {}
        self.pc = 0
        self.output = []
        self.labels = {ins[1]: i for i, ins in enumerate(code) if ins[0] == "label"}
        self.steps = 0

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow at pc=%d" % self.pc)
        return self.stack.pop()

    def run(self, max_steps=10000):
        ops = {
            "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
            "div": lambda a, b: a // b, "mod": lambda a, b: a % b, "lt": lambda a, b: int(a < b),
            "eq": lambda a, b: int(a == b),
        }
        while self.pc < len(self.code):
            self.steps += 1
            if self.steps > max_steps:
                raise VMError("step limit exceeded")
            op, *args = self.code[self.pc]
            self.pc += 1
            if op == "push":
                self.stack.append(args[0])
            elif op == "load":
                if args[0] not in self.vars:
                    raise VMError("undefined variable %r" % args[0])
                self.stack.append(self.vars[args[0]])
            elif op == "store":
                self.vars[args[0]] = self.pop()
            elif op in ops:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(ops[op](a, b))
                except ZeroDivisionError:
                    raise VMError("division by zero at pc=%d" % (self.pc - 1)) from None
            elif op == "jmp":
                self.pc = self.labels[args[0]]
            elif op == "jz":
                if self.pop() == 0:
                    self.pc = self.labels[args[0]]
            elif op == "print":
                self.output.append(str(self.pop()))
            elif op == "label":
                pass
            elif op == "halt":
                break
            else:
                raise VMError("bad opcode %r" % op)
        return self.output


def compile_countdown(n):
    return [("push", n), ("store", "i"), ("label", "top"), ("load", "i"), ("print",), ("load", "i"), ("push", 1),
            ("sub",), ("store", "i"), ("push", 0), ("load", "i"), ("lt",), ("jz", "end"), ("jmp", "top"),
            ("label", "end"), ("push", "liftoff"), ("print",)]


def compile_gcd(a, b):
    return [("push", a), ("store", "a"), ("push", b), ("store", "b"), ("label", "loop"), ("load", "b"), ("push", 0),
            ("eq",), ("jz", "body"), ("load", "a"), ("print",), ("halt",), ("label", "body"), ("load", "a"),
            ("load", "b"), ("mod",), ("load", "b"), ("store", "a"), ("store", "b"), ("jmp", "loop")]


print(VM(compile_countdown(5)).run())
for a, b in [(48, 18), (17, 5), (100, 75)]:
    vm = VM(compile_gcd(a, b))
    print(a, b, vm.run(), "steps", vm.steps)
bad_programs = [[("add",)], [("load", "nope")], [("push", 1), ("push", 0), ("div",)], [("frob",)],
                [("label", "x"), ("jmp", "x")]]
for prog in bad_programs:
    try:
        VM(prog).run()
    except VMError as e:
        print("VMError:", e)
