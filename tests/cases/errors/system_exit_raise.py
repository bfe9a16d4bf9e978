print("raising SystemExit")
raise SystemExit(4)
