vals = [1, 1.5, "s", True, None, [1], (1,), {1: 1}, {1}, 1j, range(3)]
for v in vals:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (str, list)), type(v) is int)
print(type(1) == int, type(True) == bool, type(None).__name__, isinstance(True, (float, int)))
print(type(print).__name__, type(len), type(int), type(type))
print(int, float, str, bool, list, tuple, dict, set, type(None), complex)
