print(float(10 ** 308))
print(float(10 ** 400))
