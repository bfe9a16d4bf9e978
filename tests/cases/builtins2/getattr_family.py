class C:
    cls_attr = "c"

    def __init__(self):
        self.a = 1


o = C()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "zz", None), getattr(C, "cls_attr"))
setattr(o, "b", 2)
setattr(o, "with space", 3)
print(o.b, getattr(o, "with space"), sorted(vars(o)))
print(hasattr(o, "a"), hasattr(o, "nope"), hasattr(C, "a"), hasattr(5, "real"), hasattr("s", "upper"))
delattr(o, "a")
print(hasattr(o, "a"))
try:
    getattr(o, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(5, "bit_length")(), getattr("abc", "upper")(), getattr([], "append").__name__)
for name in ["upper", "lower", "title"]:
    print(getattr("mIxEd", name)())
