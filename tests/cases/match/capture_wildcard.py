def f(x):
    match x:
        case 0:
            return "zero"
        case n:
            return "captured %r" % (n,)


print(f(0), f(5), f("s"), f([1]))
match 42:
    case _:
        print("wildcard matches anything")
match [1, 2]:
    case value:
        print("bound", value)
print("value after match:", value)
y = "before"
match "new":
    case y:
        pass
print("y is now", y)
