print("ok")
s = """this never
ends
x = 1
