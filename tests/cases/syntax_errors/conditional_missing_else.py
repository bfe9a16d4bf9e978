b = True
a = 1 if b
