csv = "name,age,city\nann,30,NYC\nbob,,LA\n\"q\",5,"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
header, *body = rows
records = [dict(zip(header, r)) for r in body]
print(records)
print("\n".join(",".join(r) for r in rows) == csv)
path = "/usr/local/lib/python3.11/site.py"
parts = path.split("/")
print(parts, "/".join(parts[:-1]), parts[-1].rsplit(".", 1))
kv = "a=1;b=2;c=3=x"
print(dict(p.split("=", 1) for p in kv.split(";")))
print(" ".join("a  b   c".split(" ")), "|".join("a  b   c".split()))
