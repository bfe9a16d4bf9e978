def f():
    return compute_the_answer_value() + 1
print("calling")
f()
