x = None
print(x, repr(x), str(x), type(x), x is None, x == None, x != 0, not x)
print([None, None], (None,), {None: None}, bool(None))
def f():
    pass
print(f(), f() is None)
print(None == False, None is not False, "%s" % None, f"{None!r}")
