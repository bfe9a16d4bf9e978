class A:
    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return "static"

    def im(self):
        return "instance"


class B(A):
    pass


for obj in (A, A(), B, B()):
    print(obj.cm(), obj.sm())
print(A.im(B()))
cm = classmethod(lambda cls, x: (cls.__name__, x))
A.late = cm
print(A.late(1), B.late(2), B().late(3))
