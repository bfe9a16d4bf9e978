class A:
    def which(self):
        return __class__.__name__

    def kind(self):
        return type(self).__name__


class B(A):
    def which2(self):
        return __class__.__name__


b = B()
print(b.which(), b.kind(), b.which2())
print(A().which())
