name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }" if False else f"{n * 2}")
print(f"{name.upper()} {len(name)} {name[::-1]} {[1, 2][0]} {'nested'}")
print(f"{pi:.2f} {pi:10.3f}| {n:05d} {n:x} {n:#b} {n:>6}| {n:<6}| {n:^6}|")
print(f"{{braces}} {{{n}}} }}{{")
print(f"{'a' if n > 10 else 'b'}", f"{(lambda x: x * 2)(3)}", f"{ {'k': 1}['k'] }")
print(F"upper prefix {n}", rf"raw \n {n}", f"multi" f"ple {n}" "plain")
