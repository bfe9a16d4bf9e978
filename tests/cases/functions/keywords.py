def describe(name, age, city="nowhere"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Paris", age=40))
print(describe(*["Di", 22]))
print(describe(**{"name": "Ed", "age": 50, "city": "Rome"}))
print(describe("Fay", **{"age": 1}))
