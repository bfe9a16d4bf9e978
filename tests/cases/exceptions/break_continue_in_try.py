log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append("body %d" % i)
    finally:
        log.append("finally %d" % i)
print(log)

log = []
i = 0
while True:
    i += 1
    try:
        try:
            if i % 2:
                continue
            if i > 6:
                break
            log.append(i)
        finally:
            log.append("inner-fin")
    finally:
        log.append("outer-fin")
print(log)

res = []
for i in range(4):
    try:
        if i == 2:
            raise ValueError(i)
    except ValueError:
        res.append("caught %d" % i)
        continue
    else:
        res.append("else %d" % i)
    finally:
        res.append("fin %d" % i)
print(res)
