def show(fn):
    try:
        fn()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0)
show(lambda: 1.0 % 0)
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0))
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
show(lambda: (1 + 2j) / 0)
x = 10
try:
    x /= 0
except ArithmeticError as e:
    print("ArithmeticError catches", type(e).__name__)
