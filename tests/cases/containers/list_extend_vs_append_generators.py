out = []
out.append(x for x in range(3))
print(type(out[0]).__name__, list(out[0]))
out = []
out.extend(x for x in range(3))
print(out)
out.extend({"k1": 1, "k2": 2})
print(out)
out.extend({9: 0}.values())
print(out)
out[len(out):] = (7, 8)
print(out)
