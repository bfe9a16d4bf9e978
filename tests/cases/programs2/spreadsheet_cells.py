class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.formulas = {}
        self.cache = {}
        self.evaluating = []

    def set(self, name, formula):
        self.formulas[name] = formula
        self.cache.clear()

    def get(self, name):
        if name in self.cache:
            return self.cache[name]
        if name in self.evaluating:
            raise CycleError(" -> ".join(self.evaluating + [name]))
        self.evaluating.append(name)
        try:
            f = self.formulas.get(name, 0)
            value = self.eval(f)
        finally:
            self.evaluating.pop()
        self.cache[name] = value
        return value

    def eval(self, f):
        if isinstance(f, (int, float)):
            return f
        if isinstance(f, str):
            return self.get(f)
        op, *args = f
        vals = [self.eval(a) for a in args]
        if op == "+":
            return sum(vals)
        if op == "*":
            r = 1
            for v in vals:
                r *= v
            return r
        if op == "-":
            return vals[0] - vals[1]
        if op == "max":
            return max(vals)
        if op == "avg":
            return sum(vals) / len(vals)
        raise ValueError("unknown op " + op)


s = Sheet()
s.set("A1", 10)
s.set("A2", 32)
s.set("A3", ("+", "A1", "A2"))
s.set("B1", ("*", "A3", 2))
s.set("B2", ("avg", "A1", "A2", "A3"))
s.set("C1", ("max", "B1", "B2", 5))
for cell in ["A1", "A2", "A3", "B1", "B2", "C1", "Z9"]:
    print(cell, s.get(cell))
s.set("A1", 100)
print("after A1=100:", s.get("C1"), s.get("B2"))
s.set("A1", ("+", "C1", 1))
try:
    s.get("C1")
except CycleError as e:
    print("CycleError:", e)
s.set("A1", ("pow", 2, 3))
try:
    s.get("A3")
except ValueError as e:
    print("ValueError:", e)
print(s.evaluating)
