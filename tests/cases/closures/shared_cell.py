def pair():
    val = 0
    def get():
        return val
    def set_(v):
        nonlocal val
        val = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
set_("x")
print(get())
g2, s2 = pair()
print(g2(), get())
