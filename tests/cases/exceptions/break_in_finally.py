def swallow():
    for i in range(3):
        try:
            raise RuntimeError("boom %d" % i)
        finally:
            print("finally", i)
            break
    return "loop exited via break in finally"


print(swallow())

count = 0
while count < 5:
    try:
        count += 1
        if count == 2:
            raise ValueError
    finally:
        if count == 2:
            print("continue from finally discards ValueError")
            continue
    print("count", count)
