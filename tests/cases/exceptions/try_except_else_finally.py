def run(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
        log.append("computed %d" % r)
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


print(run(2))
print(run(0))


def run2(x):
    try:
        return "try-return %d" % (10 // x)
    except ZeroDivisionError:
        return "except-return"
    else:
        return "else never reached when try returns"
    finally:
        print("  finally for", x)


print(run2(5))
print(run2(0))
