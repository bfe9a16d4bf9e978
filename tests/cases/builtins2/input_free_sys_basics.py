import sys

print(sys.version_info[0], sys.version_info[:2] >= (3, 11), type(sys.version_info.major).__name__)
print(sys.maxsize > 2 ** 31, type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.argv[0].replace("\\", "/").split("/")[-1])
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str))
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print(sys.getrecursionlimit() >= 1000)
