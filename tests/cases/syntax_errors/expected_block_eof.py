print("start")
for i in range(3):
