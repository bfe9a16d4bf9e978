def runaway(n):
    return runaway(n + 1) + 1
print("going deep")
runaway(0)
