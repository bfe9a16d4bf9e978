import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <END>\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, [1], {"k": "v"}, (1,), sep="|")
print(*range(5), sep=", ")
print("to stdout", file=sys.stdout)
print("x", end="")
print("y", end="\n\n")
print("multi\nline", "arg")
print(sep="ignored")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
