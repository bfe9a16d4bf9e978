for args in [(2, "nf"), (13, "perm"), (17, "exists"), (9999, "other")]:
    e = OSError(*args)
    print(args, "->", type(e).__name__, e.errno, e.strerror, str(e))
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as e:
    print(type(e).__name__, e.filename, e)
print(OSError("just a message").errno, str(OSError("just a message")))
try:
    open("definitely_missing_file_for_test.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)
