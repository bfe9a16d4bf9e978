def show(fn):
    try:
        print(fn())
    except UnicodeError as e:
        print(type(e).__name__ + ":", e)


show(lambda: "héllo".encode("ascii"))
show(lambda: "héllo".encode("ascii", "replace"))
show(lambda: "héllo".encode("ascii", "ignore"))
show(lambda: b"h\xc3\xa9llo".decode("ascii"))
show(lambda: b"h\xc3\xa9llo".decode("utf-8"))
show(lambda: b"\xc3".decode("utf-8"))
show(lambda: b"\xc3(".decode("utf-8"))
show(lambda: b"\xff\xfe".decode("utf-8", "replace"))
show(lambda: "€".encode("latin-1"))
show(lambda: b"\xe9".decode("latin-1"))
print(issubclass(UnicodeEncodeError, ValueError))
