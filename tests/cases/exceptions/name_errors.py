def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e)


show(lambda: undefined_variable)


def uses_before_assign():
    print(counter)
    counter = 1


def del_then_use():
    v = 1
    del v
    return v


counter = 0
show(uses_before_assign)
show(del_then_use)


def outer():
    def inner():
        return free
    try:
        return inner()
    finally:
        pass
    free = 1


show(outer)
print(isinstance(UnboundLocalError("x"), NameError))
