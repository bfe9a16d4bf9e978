def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("generator finally")


g = gen()
print(next(g))
g.close()
print("closed")
try:
    raise GeneratorExit
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
