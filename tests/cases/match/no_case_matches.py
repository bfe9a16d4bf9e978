def f(x):
    result = "unset"
    match x:
        case 1:
            result = "one"
        case "a":
            result = "a"
    return result


print(f(1), f("a"), f(2), f(None))
for i in range(4):
    match i % 3:
        case 0:
            print(i, "fizz-ish")
        case 1:
            print(i, "one mod three")
print("done")
