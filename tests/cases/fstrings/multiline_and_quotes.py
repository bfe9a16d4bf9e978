a = 5
s = f"""value:
  {a}
  {a * 2}"""
print(s)
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"""{'triple'} {"mixed"}""")
t = (f"part1 {a} "
     f"part2 {a + 1}")
print(t)
