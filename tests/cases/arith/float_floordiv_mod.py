vals = [7.5, -7.5, 0.0, 3.0, -3.0, 1e10, -2.25]
divs = [2.0, -2.0, 0.5, 3, -3]
for a in vals:
    for b in divs:
        print(repr(a), repr(b), repr(a // b), repr(a % b))
print(-0.0 % 5.0, 0.0 % -5.0)
print(5 % -0.5, -5 // 0.3)
