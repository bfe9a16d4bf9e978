for i in range(1, 11):
    print(f"{i:>2} x 7 = {i * 7:>3} | {i ** 2:>4} | {i / 7:.4f} | {'even' if i % 2 == 0 else 'odd':>4}")
