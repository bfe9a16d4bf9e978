def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)


x = None
show(lambda: x.name)
show(lambda: x.append(1))
show(lambda: "abc".foo)
show(lambda: (1).real.bar)
show(lambda: [].push)
show(lambda: {}.has_key)
show(lambda: int.nope)


class C:
    pass


show(lambda: C().missing)
show(lambda: C.missing)
show(lambda: setattr(5, "x", 1))
show(lambda: setattr("s", "upper", 1))
