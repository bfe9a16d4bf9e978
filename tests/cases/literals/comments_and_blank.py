# a comment
   # indented comment line


x = 1  # trailing comment
if x:  # comment after colon
    # comment inside block

    print("in block")  # another
    # dedent comment
print("after")  # done
s = "# not a comment"
print(s)
