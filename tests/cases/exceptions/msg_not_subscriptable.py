x = 5
print("about to index")
print(x[0])
