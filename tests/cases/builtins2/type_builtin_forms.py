print(type(1), type("s"), type([]), type(type), type(None), type(len), type(lambda: 0))
print(type(1) is int, type(True) is bool, type(1) is not bool)
T = type("T", (), {"v": 1})
print(T.v, T.__name__, type(T()).__name__)
print(type(int) is type, type(T) is type)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", "B")
except TypeError as e:
    print("TypeError:", e)
