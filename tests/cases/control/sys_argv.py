import sys
name = sys.argv[0].replace("\\", "/").split("/")[-1]
print(len(sys.argv), name, sys.argv[1:], type(sys.argv).__name__)
