a = 2
b = a $ 3
