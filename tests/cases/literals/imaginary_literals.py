print(1j, 2J, 1.5j, 1e3j, .5j, 0j, 1_0j)
print(1 + 2j, (1 + 2j) * (3 - 4j), (1 + 2j) - 1, (2j) ** 2, -1j)
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), z == 3 + 4j, type(z))
print(complex(1, 2), complex(), complex(2.5), complex("1+2j"), complex(1, -0.0))
print((1 + 1j) / (1 - 1j), 1j * 1j, 2 * (0.5 + 0.5j), (1 + 2j) + (3.5 - 1j))
print(repr(1j), str(-2 - 3j), [1j, 0j, -0j], (1e20 + 1j), complex(0, 1e-5))
print(1j == 1j, 0j == 0, 1 + 0j == 1, bool(0j))
