class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

objs = [A(), B(), C(), D(), 1, "s"]
for o in objs:
    print(type(o).__name__,
          isinstance(o, A), isinstance(o, (B, C)), isinstance(o, (int, str)),
          isinstance(o, object))
print(issubclass(D, (C, int)), issubclass(B, (C, int)), issubclass(D, D))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type))
print(isinstance(True, int), isinstance(1, bool))
print(isinstance(D(), (A, (C, int))))
