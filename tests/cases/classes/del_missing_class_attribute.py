# deleting an attribute a class or module does not have raises AttributeError
import sys

class C:
    def f():
        pass

del C.f
print(hasattr(C, 'f'))
try:
    del C.f
except AttributeError as e:
    print(repr(e))

sys.extra = 1
del sys.extra
try:
    del sys.extra
except AttributeError as e:
    print(repr(e))
