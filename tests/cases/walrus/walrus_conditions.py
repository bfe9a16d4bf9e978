values = {"a": 1, "b": 0, "c": 3}
for key in "abcd":
    if (v := values.get(key)) is not None and v:
        print(key, "->", v)
    elif v == 0:
        print(key, "is zero")
    else:
        print(key, "missing", v)
text = "x=1;y=22;z=333"
parts = [(k, int(val)) for p in text.split(";") if (eq := p.find("=")) > 0 for k, val in [(p[:eq], p[eq + 1:])]]
print(parts)
