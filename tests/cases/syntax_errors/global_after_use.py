g = 1
def f():
    print(g)
    global g
    g = 2
