try:
    print("about to exit with 0")
    raise SystemExit(0)
finally:
    print("cleanup")
print("never")
