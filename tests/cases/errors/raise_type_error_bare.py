print("about to raise")
raise TypeError
