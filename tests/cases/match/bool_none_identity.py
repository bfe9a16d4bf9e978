def m(x):
    match x:
        case True:
            return "True-literal"
        case 1:
            return "one-literal"
        case None:
            return "None-literal"
        case 0:
            return "zero-literal"
        case _:
            return "other"


for v in [True, 1, 1.0, False, 0, 0.0, None, "", []]:
    print(repr(v), m(v))
