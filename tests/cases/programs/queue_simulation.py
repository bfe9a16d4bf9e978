seed = 42
def rand(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (seed >> 33) % n
queue = []
served = []
waits = []
for t in range(60):
    if rand(10) < 4:
        queue.append(t)
    if queue and rand(10) < 5:
        arrived = queue.pop(0)
        waits.append(t - arrived)
        served.append(arrived)
    if t % 10 == 9:
        print(f"t={t:2} queue={len(queue):2} served={len(served):2}")
print("max wait", max(waits), "avg wait %.3f" % (sum(waits) / len(waits)))
print(waits)
