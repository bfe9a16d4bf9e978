items = [3, 1, 2]
print(sorted(items))
assert items == sorted(items), "items not sorted: %r" % items
