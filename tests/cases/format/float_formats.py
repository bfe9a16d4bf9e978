vals = [0.0, 0.5, 1.0, 2.5, 3.5, -2.5, 1/3, 2/3, 1e-10, 1e10, 123.456, 9.9999, 0.125, 1e16, 1.5e300]
for v in vals:
    print(f"{v:.0f} {v:.1f} {v:.3f} {v:.3e} {v:.3g} {v:g} {v:.10g} {v:r}" if False else f"{v:.0f} {v:.1f} {v:.3f} {v:.3e} {v:.3g} {v:g} {v:.10g}")
print(format(float("inf"), "f"), format(float("-inf"), ".2e"), format(float("nan"), "g"), format(float("inf"), "10"))
