x = 10
y = 3.5
name = "abc"
print(f"{x=}", f"{y=}", f"{name=}")
print(f"{x = }", f"{x+1=}", f"{x * 2 = }")
print(f"{y=:.3f}", f"{name=!s}", f"{name = !r:>8}")
print(f"{x=}{y=}")
print(f"{[i*i for i in range(4)]=}")
