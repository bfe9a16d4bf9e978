records = [("alice", 30, "nyc"), ("bob", 25, "la"), ("carol", 30, "sf"), ("dave", 25, "nyc"),
           ("eve", 35, "la"), ("frank", 30, "la"), ("grace", 25, "sf")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in by_age_desc])
multi = sorted(records, key=lambda r: r[2])
multi = sorted(multi, key=lambda r: r[1])
print([(r[1], r[2], r[0]) for r in multi])
lst = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
lst.sort(key=lambda t: t[0], reverse=True)
print(lst)
same = [3, 1, 2]
same.sort(key=lambda x: 0)
print(same)
