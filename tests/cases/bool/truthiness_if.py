for v in [0, 1, -1, 0.0, 2.5, "", "0", " ", [], [[]], (), (None,), {}, {"k": 0}, None, True, False, 0j, range(0), range(3)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
    print(" not:", not v, "bool:", bool(v))
