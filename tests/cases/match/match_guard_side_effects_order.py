log = []


def g(tag, value):
    log.append(tag)
    return value


for subject in [1, 2, 3]:
    match subject:
        case 1 if g("a", False):
            log.append("case a")
        case 1 | 2 if g("b", subject == 2):
            log.append("case b")
        case n if g("c", n > 2):
            log.append("case c")
        case _:
            log.append("default")
print(log)
