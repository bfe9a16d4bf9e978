accounts = {"alice": 100, "bob": 50, "carol": 0}
log = []
def transfer(src, dst, amount):
    if amount <= 0:
        log.append(f"rejected non-positive {amount}")
        return False
    if accounts[src] < amount:
        log.append(f"insufficient funds: {src} has {accounts[src]}, needs {amount}")
        return False
    accounts[src] -= amount
    accounts[dst] += amount
    log.append(f"{src} -> {dst}: {amount}")
    return True
ops = [("alice", "bob", 30), ("bob", "carol", 100), ("bob", "carol", 80), ("carol", "alice", 0),
       ("carol", "alice", 40), ("alice", "carol", 110), ("alice", "bob", 1)]
for op in ops:
    ok = transfer(*op)
    print(ok, accounts)
print("\n".join(log))
print("total:", sum(accounts.values()))
rate = 0.035
bal = 1000.0
for year in range(1, 11):
    bal *= 1 + rate
    print(f"year {year:2}: {bal:10.2f}")
