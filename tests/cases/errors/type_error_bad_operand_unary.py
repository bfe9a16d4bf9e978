print(-5, ~5)
print(-"5")
