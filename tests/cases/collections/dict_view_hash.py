# keys and items views compare like sets and are unhashable; values views hash by identity
d = {1: 2}
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print(e)
v = d.values()
print(hash(v) == hash(v), type(hash(v)))
