calls = []


def check(label, result):
    calls.append(label)
    return result


def grade(score):
    match score:
        case int(s) if s < 0 or s > 100:
            return "invalid"
        case s if s >= 90:
            return "A"
        case s if s >= 80:
            return "B"
        case s if s >= 70:
            return "C"
        case _:
            return "F"


print([grade(s) for s in [95, 85, 75, 65, 101, -5, 90, 80]])
match (3, 4):
    case (a, b) if check("g1", a > b):
        print("first")
    case (a, b) if check("g2", a + b == 7):
        print("second", a, b)
    case _ if check("g3", True):
        print("third")
print(calls)
