for v in [1, 1.0, True, 2, 2.0, 0, -0.0, 1 + 0j, "1"]:
    match v:
        case 0:
            r = "zero"
        case 1:
            r = "one"
        case 2.0:
            r = "two-float-literal"
        case _:
            r = "none"
    print(repr(v), r)
match -0.0:
    case 0.0:
        print("-0.0 matches 0.0")
match 3 + 4j:
    case 3 + 4j:
        print("complex literal matched")
match -2:
    case -2:
        print("negative literal matched")
