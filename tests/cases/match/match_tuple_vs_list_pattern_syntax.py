for subject in [(1, 2), [1, 2], (1,), [1], ()]:
    out = []
    match subject:
        case (a, b):
            out.append("paren-pattern %r %r" % (a, b))
    match subject:
        case [a]:
            out.append("bracket-pattern %r" % a)
    match subject:
        case a, b:
            out.append("open-tuple-pattern")
    match subject:
        case ():
            out.append("empty")
    print(subject, out)
