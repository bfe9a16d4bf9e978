class K:
    tag = "K"

    def inst(self, a, b=2, *rest, key="k", **kw):
        return ("inst", a, b, rest, key, sorted(kw.items()))

    @classmethod
    def cls_m(cls, *args):
        return ("cls", cls.tag, args)

    @staticmethod
    def stat(*args, **kw):
        return ("stat", args, sorted(kw))


class L(K):
    tag = "L"


k = K()
print(k.inst(1))
print(k.inst(1, 3, 4, 5, key="z", extra=1, another=2))
print(K.inst(k, a=9))
print(K.cls_m(1), k.cls_m(2), L.cls_m(3), L().cls_m(4))
print(K.stat(1, x=2), k.stat(), L.stat(5))
print(type(K.__dict__["cls_m"]).__name__, type(K.__dict__["stat"]).__name__)
