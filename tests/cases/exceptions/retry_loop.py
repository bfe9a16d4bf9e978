attempts = {"n": 0}


def flaky():
    attempts["n"] += 1
    if attempts["n"] < 4:
        raise ConnectionError("attempt %d failed" % attempts["n"])
    return "success on attempt %d" % attempts["n"]


result = None
for i in range(10):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    else:
        print("no error on try", i)
        break
    finally:
        print("end of attempt", i)
print(result)
