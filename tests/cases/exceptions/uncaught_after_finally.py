def work():
    try:
        print("working")
        raise RuntimeError("work failed")
    finally:
        print("cleanup in finally")


try:
    work()
finally:
    print("outer finally")
