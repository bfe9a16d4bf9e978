match = [1, 2]
case = "case value"
_ = "underscore"
print(match, case, _)


def match_fn(match):
    return match * 2


print(match_fn(4))
match match:
    case [1, x]:
        print("soft keyword as subject name", x)
type = "shadowed"
print(type)
