class A: pass
class B(A): pass
print("defining C")
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class S(A, A): pass
except TypeError as e:
    print("TypeError:", e)
print("done")
