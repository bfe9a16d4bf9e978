class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number: " + text) from e


try:
    parse("12x")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    raise RuntimeError("direct") from KeyError("k")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise RuntimeError("cls cause") from ValueError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise RuntimeError("bad") from 5
except TypeError as e:
    print("TypeError:", e)
