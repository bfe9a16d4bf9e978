errors = []
for fn in [lambda: [][0], lambda: {}["k"], lambda: 1 / 0, lambda: 10 ** 400 * 1.0, lambda: "a"[5]]:
    try:
        fn()
    except LookupError as e:
        errors.append(("LookupError", type(e).__name__))
    except ArithmeticError as e:
        errors.append(("ArithmeticError", type(e).__name__, str(e)))
for e in errors:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
