class AppError(Exception):
    pass


class DbError(AppError):
    """Database failure."""


for exc in [AppError(), AppError("one"), AppError("two", 2), DbError("x")]:
    print(repr(exc), "|", str(exc), "|", exc.args)
try:
    raise DbError("connection lost")
except AppError as e:
    print("caught", type(e).__name__, e)
print(DbError.__doc__)
e = AppError("m")
e.extra = 5
print(e.extra, e.args)
