print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 <= 2 < 3 != 4 > 0)
x = 5
print(0 < x < 10, 0 < x > 4, x == 5 > 4 >= 4)
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(f(3) < f(2) < f(10))
print(1 < x is not None, 2 in [1, 2] in [[1, 2]])
print("a" < "b" < "c", "abc" < "abd", "Z" < "a", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(1.0 == 1 == True, 0 == False == 0.0, None == None, None is None)
print(2 ** 100 > 1e30, 2 ** 100 < 1e31, -2 ** 100 < -1e30)
