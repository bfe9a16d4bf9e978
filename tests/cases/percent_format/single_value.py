print("%s" % "x", "%d" % 5, "%s" % 3.5, "%.1f%%" % 99.5, "%s" % (("a", "b"),))
print("value: %s" % [1, 2, 3], "value: %s" % {"k": 1})
x = 7
print("x=%d, x^2=%d, x/2=%.3f" % (x, x * x, x / 2))
