people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la")]
for name, age, city in people:
    print("%s is %d and lives in %s" % (name, age, city))
print(sorted(people, key=lambda p: (-p[1], p[0])))
oldest = max(people, key=lambda p: p[1])
print(oldest, oldest[0])
names, ages, cities = zip(*people)
print(names, ages, cities)
print(dict(zip(names, ages)))
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
print(point + (5,), point * 2, point[::-1])
