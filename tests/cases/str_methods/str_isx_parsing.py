tokens = "x1 = 42 + y_2 * 3.5 - (foo) # comment".split()
for t in tokens:
    if t.isdigit():
        kind = "int"
    elif t.replace(".", "", 1).isdigit():
        kind = "float"
    elif t.isidentifier():
        kind = "name"
    elif t in "+-*/=":
        kind = "op"
    else:
        kind = "other"
    print(repr(t), kind)
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello1".islower(), "123".islower())
