doc = {
    "name": "root",
    "items": [1, 2.5, "three", None, True, {"nested": [False, {"deep": "x"}]}],
    "meta": {"count": 6, "tags": []},
}


def walk(node, path="$"):
    match node:
        case dict():
            for k, v in node.items():
                yield from walk(v, path + "." + k)
        case list() if not node:
            yield path, "empty list"
        case list():
            for i, v in enumerate(node):
                yield from walk(v, "%s[%d]" % (path, i))
        case bool(b):
            yield path, "bool " + str(b).lower()
        case int() | float() as n:
            yield path, "number %r" % n
        case str(s):
            yield path, "string %r" % s
        case None:
            yield path, "null"


for p, d in walk(doc):
    print(p, "=>", d)
