print("x")
True = 1
