class Bad:
    def __init__(self):
        print("in init")
        return 5


print("before")
Bad()
print("not reached")
