print(all([]), any([]), all([[]]), any([[]]), all([0]), any([0, None, "", 0.0, 1e-300]))
print(all(x > 0 for x in [1, 2, 3]), any(x < 0 for x in [1, 2, 3]))
calls = []


def check(v):
    calls.append(v)
    return v > 2


print(any(check(v) for v in [1, 2, 3, 4, 5]), calls)
calls.clear()
print(all(check(v) for v in [5, 4, 1, 6]), calls)
print(bool(0), bool(0.0), bool(0j), bool(""), bool(b""), bool(None), bool([]), bool(()), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-1), bool(" "), bool([0]), bool((None,)), bool(float("nan")))
