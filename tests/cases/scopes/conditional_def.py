def choose(flag):
    if flag:
        v = "set"
    return locals_check(flag)
def locals_check(flag):
    return "flag true" if flag else "flag false"
print(choose(1), choose(0))
for i in range(3):
    if i == 1:
        special = i * 100
print(special)
