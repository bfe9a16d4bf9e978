z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), type(z).__name__)
w = complex(1, -2)
print(w, complex("1+2j"), complex(2), complex(), complex(0, 1), 1j * 1j)
print(z + w, z - w, z * w, z / w, -z, z ** 2)
print(z == complex(3, 4), z != w, 2 + 0j == 2, 1j ** 2 == -1)
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, -0.0)), repr(2.5 + 0j), repr(1e20j))
print(z.real.is_integer(), round(abs(w), 6))
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
print(complex(1, 2) * 2, (1 + 2j) * (1 - 2j), pow(1j, 3), hash(2 + 0j) == hash(2))
