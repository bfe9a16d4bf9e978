def show(fn):
    try:
        fn()
    except KeyError as e:
        print("KeyError:", e, "| repr:", repr(e), "| args:", e.args)


d = {"a": 1}
show(lambda: d["missing"])
show(lambda: d[42])
show(lambda: d[(1, 2)])
show(lambda: d[""])
show(lambda: d[None])
show(lambda: d.pop("zz"))
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: d["it's"])
