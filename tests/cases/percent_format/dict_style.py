d = {"name": "Ann", "age": 30, "score": 91.456}
print("%(name)s is %(age)d, score %(score).1f" % d)
print("%(name)-6s|%(age)04d|%(name)r" % d)
print("%(a)s %(a)s" % {"a": "twice"})
