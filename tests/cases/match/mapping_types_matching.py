class MyDict(dict):
    pass


class FakeMapping:
    def keys(self):
        return ["a"]

    def __getitem__(self, k):
        return 1


for subject in [{"a": 1}, MyDict(a=1), FakeMapping(), [("a", 1)], {"a": 1}.items()]:
    match subject:
        case {"a": v}:
            res = "mapping a=%r" % (v,)
        case _:
            res = "no match"
    print(type(subject).__name__, "->", res)


class Tracking(dict):
    def get(self, key, default=None):
        print("get called for", key)
        return super().get(key, default)


match Tracking(x=1, y=2):
    case {"x": 1, "y": yy}:
        print("matched y", yy)
