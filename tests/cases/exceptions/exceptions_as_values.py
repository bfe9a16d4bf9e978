def attempt(fn, *args):
    try:
        return ("ok", fn(*args))
    except Exception as e:
        return ("err", e)


results = [attempt(int, "5"), attempt(int, "five"), attempt(lambda d: d["k"], {}),
           attempt(divmod, 7, 2), attempt(divmod, 7, 0)]
for status, v in results:
    if status == "ok":
        print("ok", v)
    else:
        print("err", type(v).__name__, v)
errors = [v for s, v in results if s == "err"]
print([type(e).__name__ for e in errors])
try:
    raise errors[1]
except KeyError as e:
    print("re-raised stored error", repr(e))
by_type = {}
for e in errors:
    by_type.setdefault(type(e).__name__, []).append(str(e))
print(by_type)
