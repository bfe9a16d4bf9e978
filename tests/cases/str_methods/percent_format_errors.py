data = {"user": "ann", "n": 3}
print("%(user)s has %(n)d items" % data)
print("%s and %s" % ("x", "y"))
print("only %d" % (1,))
print("%s" % "not all converted %s" % "args")
print("%s %s" % ("too few",))
