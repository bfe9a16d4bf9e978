def f():
    nonlocal zz
    zz = 1
