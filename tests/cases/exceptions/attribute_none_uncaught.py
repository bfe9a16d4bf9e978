def find(items, name):
    for it in items:
        if it["name"] == name:
            return it


user = find([{"name": "a"}], "b")
print("found:", user)
print(user.email)
