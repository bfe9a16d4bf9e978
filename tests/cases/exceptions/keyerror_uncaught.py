stock = {"apples": 3}
print(stock["apples"])
print(stock["pears"])
