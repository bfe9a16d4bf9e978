class Thing:
    def __len__(self):
        return 3


t = Thing()
print(len(t))
for x in t:
    print(x)
