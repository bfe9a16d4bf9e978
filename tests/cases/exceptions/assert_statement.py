def check(x):
    assert x > 0, "x must be positive, got %d" % x
    assert x != 5
    return x * 2


for v in [1, -1, 5, 7]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)
