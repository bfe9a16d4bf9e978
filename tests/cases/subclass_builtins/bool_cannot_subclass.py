try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)


class MyInt(int):
    pass


print(MyInt(5) + True, type(MyInt(True)).__name__, MyInt(True))
try:
    class NoneSub(type(None)):
        pass
except TypeError as e:
    print("TypeError:", e)
