text = "She sells sea shells by the sea shore. The shells she sells are sea shells."
low = text.lower()
for w in ["sea", "she", "shells", "s", "the", "xyz"]:
    print(w, low.count(w), low.find(w), low.rfind(w))
pos = []
i = low.find("sea")
while i != -1:
    pos.append(i)
    i = low.find("sea", i + 1)
print(pos)
print(low.count("ss"), "aaaa".count("a", 1, 3), text.count(" ") + 1, len(text.split()))
