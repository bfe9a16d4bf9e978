db = {
    "users": {
        "ann": {"age": 31, "tags": ["admin", "dev"]},
        "bob": {"age": 25, "tags": []},
    },
    "version": 3,
}
db["users"]["cid"] = {"age": 40, "tags": ["ops"]}
db["users"]["bob"]["tags"].append("new")
print(db["users"]["ann"]["tags"][1], len(db["users"]))
for name, info in db["users"].items():
    print(name, info["age"], ",".join(info["tags"]) or "-")
ages = {n: u["age"] for n, u in db["users"].items()}
print(ages)
tag_index = {}
for n, u in db["users"].items():
    for t in u["tags"]:
        tag_index.setdefault(t, []).append(n)
print(tag_index)
print(db)
