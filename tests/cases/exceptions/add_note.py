try:
    try:
        int("x")
    except ValueError as e:
        e.add_note("while parsing field 'age'")
        e.add_note("row 17")
        raise
except ValueError as e:
    print(e)
    print(e.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
