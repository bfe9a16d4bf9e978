for i in range(3):
    pass
print(i)
if True:
    pass
else:
    print("never")
def nothing():
    pass
print(nothing())
while False:
    pass
print("done")
