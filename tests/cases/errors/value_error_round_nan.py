print(round(2.5))
print(round(float("nan")))
