name = "alice"
print(name)
print(name("bob"))
