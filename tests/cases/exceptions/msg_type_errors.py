def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: 1 - "a")
show(lambda: "a" * "b")
show(lambda: None + 1)
show(lambda: 2 ** "x")
show(lambda: 1 < "a")
show(lambda: [1] < (1,))
show(lambda: None > 0)
five, none, s = 5, None, "s"
show(lambda: five[0])
show(lambda: none[0])
show(lambda: s())
show(lambda: five())
show(lambda: len(5))
show(lambda: len(None))
show(lambda: {[1]: 2})
show(lambda: {{}})
show(lambda: iter(5))
show(lambda: 3 in 5)
show(lambda: -"a")
show(lambda: int([1]))
show(lambda: "abc".join([1, 2]))
show(lambda: sum(["a", "b"]))
show(lambda: "x" % 5 if False else "%d" % "x")
