python = {1, 2, 3, 5, 8}
java = {2, 3, 4, 8, 9}
rust = {3, 5, 9, 10}
print("all three:", sorted(python & java & rust))
print("any:", sorted(python | java | rust))
print("only python:", sorted(python - java - rust))
print("exactly two:", sorted((python & java | java & rust | python & rust) - (python & java & rust)))
print("python xor java:", sorted(python ^ java))
universe = set(range(1, 11))
print("none:", sorted(universe - (python | java | rust)))
print(len(python | java), len(python) + len(java) - len(python & java))
