def safe_ints(items):
    for it in items:
        try:
            yield int(it)
        except ValueError:
            print("skip", repr(it))
        except TypeError:
            print("bad type", type(it).__name__)
            continue
        finally:
            print("processed", repr(it))


print(list(safe_ints(["1", "x", None, "4"])))
