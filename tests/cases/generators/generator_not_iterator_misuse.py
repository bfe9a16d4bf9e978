def gen():
    yield 1


print(callable(gen), type(gen).__name__, type(gen()).__name__)
try:
    next(gen)
except TypeError as e:
    print("TypeError:", e)
try:
    len(gen())
except TypeError as e:
    print("TypeError:", e)
try:
    gen()[0]
except TypeError as e:
    print("TypeError:", e)
print(bool(gen()))
