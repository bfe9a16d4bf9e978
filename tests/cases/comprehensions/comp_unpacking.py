pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n * 2 for n, _ in pairs], [s for _, s in pairs], {s: n for n, s in pairs})
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([head for head, *tail in [[1, 2], [3], [4, 5, 6]]], [tail for head, *tail in [[1, 2], [3], [4, 5, 6]]])
print([(i, c) for i, c in enumerate("xyz") if i != 1])
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())})
