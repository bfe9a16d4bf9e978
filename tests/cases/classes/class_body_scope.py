x = "global"


class C:
    print("class body runs, x =", x)
    x = "class"
    y = x + "!"
    squares = [i * i for i in range(4)]
    total = 0
    for i in range(5):
        total += i
    del i
    if total > 5:
        big = True
    else:
        big = False

    def get_x(self):
        return x

    def get_class_x(self):
        return C.x


print(C.x, C.y, C.squares, C.total, C.big)
print(C().get_x(), C().get_class_x())
print(hasattr(C, "i"))


def f():
    v = "enclosing"

    class D:
        w = v + " seen"

        def m(self):
            return v

    return D


D = f()
print(D.w, D().m())
