counter = 0
def inc():
    global counter
    counter += 1
    return counter
print(inc(), inc(), counter)
def make_global():
    global created
    created = "I exist"
make_global()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_only():
    return x + "!"
print(read_only())
