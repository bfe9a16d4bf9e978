def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)


lst = [1, 2, 3]
show(lambda: lst[3])
show(lambda: lst[-4])
show(lambda: (1, 2)[5])
show(lambda: "abc"[10])
show(lambda: [].pop())
show(lambda: lst.pop(7))
show(lambda: range(3)[3])
show(lambda: b"ab"[2])


def assign():
    lst[5] = 0


def delete():
    del lst[9]


show(assign)
show(delete)
show(lambda: lst.insert(100, 4) or print("insert past end is fine:", lst))
