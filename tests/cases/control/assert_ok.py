assert True
assert 1 == 1, "never shown"
x = [1, 2, 3]
assert len(x) == 3
assert x, "non-empty"
for i in range(5):
    assert i < 5, f"bad {i}"
print("all asserts passed")
def check(v):
    assert v > 0, v
    return v * 2
print(check(4), check(1))
