def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError caught:", isinstance(e, RuntimeError))
    print("maximum recursion depth" in str(e))


def safe_depth(n):
    if n == 0:
        return 0
    return 1 + safe_depth(n - 1)


print(safe_depth(500))
