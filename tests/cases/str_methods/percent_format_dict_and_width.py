rows = [{"name": "apple", "price": 1.5, "qty": 10}, {"name": "kiwi", "price": 0.25, "qty": 200}]
for r in rows:
    print("%(name)-8s|%(price)8.2f|%(qty)5d|" % r)
print("%-10s|%10s|" % ("left", "right"))
print("%+.3e|%-+8.1f|%#.0f|%#x" % (12345.678, 3.14159, 3.0, 0))
print("%5s|%-5s|%.1s" % (True, None, "xyz"))
print("%s" % {"a": 1}, "%(a)s" % {"a": [1, 2]})
print("%i%%" % 50, "%3c|" % "z", "%o" % -8)
