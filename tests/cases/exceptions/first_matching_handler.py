def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError handler"
    except LookupError:
        return "LookupError handler"
    except (ValueError, TypeError) as e:
        return "Value/Type handler: " + type(e).__name__
    except Exception:
        return "Exception handler"


for exc in [KeyError(), IndexError(), UnicodeDecodeError("utf-8", b"", 0, 0, "r"), TypeError(), ZeroDivisionError(), KeyboardInterrupt()]:
    try:
        print(type(exc).__name__, "->", classify(exc))
    except BaseException as e:
        print(type(exc).__name__, "-> escaped as", type(e).__name__)
