import sys
print("fatal")
sys.exit("something went wrong")
