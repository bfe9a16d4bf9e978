print((x := (y := 5) * 2), x, y)
print(f"{(z := 7)} {z * 2}")
def g(v):
    return (w := v + 1) * w
print(g(3), [(q := k) for k in range(3)], q)
s = "hello world"
if (pos := s.find("o")) != -1 and (pos2 := s.find("o", pos + 1)) != -1:
    print(pos, pos2)
