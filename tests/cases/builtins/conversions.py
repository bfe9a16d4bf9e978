print(int("42"), int(4.9), float("2.5"), float(3), str(5), str(2.0), bool(""), bool("0"))
print(repr("a"), repr(1), repr(1.0), repr([1, "x"]), repr(None), repr((1,)))
print(list("ab"), tuple([1]), set([1, 1]), dict([(1, 2)]), list({1: 2}.items()))
print(str(1e16), str(1e-5), str(12.0), str(-0.0), str(10 ** 16 * 1.0), int("-0"), int(" 7 "))
