class CleanupError(Exception):
    pass


try:
    {}["k"]
except KeyError as e:
    print("caught", repr(e))
    raise CleanupError("cleanup failed too")
