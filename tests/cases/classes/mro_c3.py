class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for k in (A, K1, K2, K3, Z):
    print(k.__name__, [c.__name__ for c in k.__mro__])
print([c.__name__ for c in Z.mro()])


class X:
    def who(self):
        return "X"


class Y(X):
    def who(self):
        return "Y"


class W(X):
    def who(self):
        return "W"


class V(Y, W):
    pass


class U(W, Y):
    pass


print(V().who(), U().who())
print([c.__name__ for c in V.__mro__])
print([c.__name__ for c in U.__mro__])
