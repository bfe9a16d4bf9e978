class A: pass
class B(A): pass
class C: pass


print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(1, (str, (float, int))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, object), issubclass(A, A))
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance(None, type(None)))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance("s", str), isinstance(b"", bytes))
print(isinstance(int, type), isinstance(A, type), isinstance(A(), type), issubclass(type, object), issubclass(object, type))
print(isinstance(print, type), isinstance(len, object))
try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, ()), issubclass(A, ()))
