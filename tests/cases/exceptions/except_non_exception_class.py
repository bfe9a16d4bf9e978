try:
    try:
        raise ValueError("v")
    except int:
        print("no")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("v")
    except (KeyError, "str"):
        print("no")
except TypeError as e:
    print("TypeError:", e)
try:
    pass
except 5:
    print("never evaluated because nothing raised")
print("done")
