def loop():
    for i in range(10):
        if i == 3:
            raise KeyboardInterrupt
        print("tick", i)


try:
    loop()
except Exception:
    print("not caught by Exception")
except KeyboardInterrupt:
    print("interrupted")
print("after")
