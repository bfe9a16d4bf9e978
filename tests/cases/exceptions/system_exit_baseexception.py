import sys

for exc in [SystemExit(2), KeyboardInterrupt(), GeneratorExit(), ValueError("v")]:
    try:
        try:
            raise exc
        except Exception as e:
            print("Exception handler caught", type(e).__name__)
    except BaseException as e:
        print("BaseException handler caught", type(e).__name__)
try:
    sys.exit(5)
except SystemExit as e:
    print("sys.exit raised SystemExit code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("code:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code)
try:
    exit_code = 0
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code", e.code, e.args)
