e = ValueError("x")
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
    print(type(caught.__traceback__).__name__)
    tb = caught.__traceback__
    print(tb.tb_lineno)
r = e.with_traceback(None)
print(r is e, e.__traceback__)
