text = """
    def hello():
        print("hi")

    hello()
"""
lines = text.split("\n")[1:-1]
indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
dedented = "\n".join(l[indent:] for l in lines)
print(dedented)
print(repr(dedented))
numbered = "\n".join("%2d| %s" % (i, l) for i, l in enumerate(dedented.splitlines(), 1))
print(numbered)
print(len(text), text.count("\n"), text.strip().startswith("def"))
