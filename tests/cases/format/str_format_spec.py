s = "hello"
print(f"[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:.3}] [{s:>10.2}] [{s:_^9}]")
print("[{:^4}]".format("toolong"), "[{:.0}]".format("abc"), "[{:5.5}]".format("ab"))
print("{0:{1}^{2}}".format("c", "#", 7), "{:s}".format("x"))
