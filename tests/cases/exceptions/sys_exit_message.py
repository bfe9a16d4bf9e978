import sys

print("stopping with a message")
try:
    sys.exit("fatal: configuration missing")
finally:
    print("finally still runs")
