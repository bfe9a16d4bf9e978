s = ("hello "
     "world "
     'and more')
print(s)
print("a" "b" 'c' """d""")
print("x" r"\n" f"{1+2}" "y")
print(len("ab" "cd"), ("1" "2") * 2)
