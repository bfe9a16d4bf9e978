items = [3, 1, 2]
d = {"a": 1, "b": 2}
print(f"{sorted(items)} {sum(items)} {max(items)} {d['a'] + d['b']}")
print(f"{', '.join(str(i) for i in items)}")
print(f"{items[0] if items else 'empty'} {len(d)} {list(d.keys())}")
print(f"{1 + 2 * 3} {2 ** 10} {7 // 2} {-7 % 3} {(1, 2)}")
print(f"{'abc'[1:]} {'x' * 3} {str(None)} {True and 5}")
print(f'''{
    1 + 1
}''')
def g(a, b=2):
    return a * b
print(f"{g(3)} {g(3, b=4)} {g(*[2, 5])}")
