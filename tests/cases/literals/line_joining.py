total = 1 + \
    2 + \
    3
print(total)
x = [1,
     2,
  3]
print(x)
d = {"a": 1,
         "b": 2}
print(d)
if total > 5 and \
   x:
    print("joined condition")
def f(a,
      b):
    return (a
            + b)
print(f(1,
        2))
print((1 +
 2
 * 3))
y = 5 ; z = 6 ; print(y + z)
