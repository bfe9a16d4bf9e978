f = lambda d: d["key"]
print(f({"key": 1}))
print(f({}))
