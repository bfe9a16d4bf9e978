words = ["apple", "bob", "civic", "dad", "eagle", "level"]
print({w: w == w[::-1] for w in words})
print({w[0]: w for w in words})
print({i: {j: i * j for j in range(1, 4)} for i in range(1, 4)})
m = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in m.items()})
print({k: ("odd" if v % 2 else "even") for k, v in m.items() if k != "b"})
print({(i, j): i + j for i in range(2) for j in range(2)})
print({len(w): w for w in words})
