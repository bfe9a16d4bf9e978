print("%s|%r|%a" % ("é", "é", "é"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%08.3f|%e|%E|%g|%G" % (255, 255, 255, 8, 8, 3.14159, 12345.678, 0.000012, 1e-5, 1e20))
print("%c%c|%%|%5.1f%%" % (72, "i", 99.44))
print("%(name)s is %(age)d, %(name)s!" % {"name": "ann", "age": 7})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%s" % 3.99, "%r" % 3.99, "%.0f" % 2.5, "%.0f" % 3.5)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
