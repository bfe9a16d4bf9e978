a = ValueError("x")
b = ValueError("x")
print(a == b, a is b, a.args == b.args)
s = {type(a), type(b)}
print(len(s))
try:
    raise a
except ValueError as e:
    print(e is a)
errs = [ValueError, KeyError]
print([issubclass(t, LookupError) for t in errs])
print(isinstance(a, (KeyError, ValueError)))
