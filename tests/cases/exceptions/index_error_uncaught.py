scores = [90, 85]
for i in range(3):
    print("score", i, scores[i])
