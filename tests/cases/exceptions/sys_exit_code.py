import sys


def main():
    print("main running")
    return 3


sys.exit(main())
