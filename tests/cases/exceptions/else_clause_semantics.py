def f(x):
    try:
        v = int(x)
    except ValueError:
        return "not a number"
    else:
        if v < 0:
            raise ArithmeticError("negative")
        return "number %d" % v
    finally:
        print("checked", repr(x))


for x in ["12", "abc", "-3"]:
    try:
        print(f(x))
    except ArithmeticError as e:
        print("error from else:", e)

for seq in [[1, 2], []]:
    try:
        first = seq[0]
    except IndexError:
        print("empty")
    else:
        print("first is", first)
