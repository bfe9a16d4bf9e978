s = """line1
line2
  indented "quotes" and 'single'
end"""
print(s)
print(len(s), s.count("\n"))
t = '''a
b\
c'''
print(repr(t))
u = """\
no leading newline
"""
print(repr(u))
print("""one""" """two""")
print(repr('''x''y'z'''))
