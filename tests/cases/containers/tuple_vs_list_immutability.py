t = (1, 2, 3)
l = [1, 2, 3]
t2 = t
t += (4,)
print(t, t2, t is t2)
l2 = l
l += [4]
print(l, l2, l is l2)
s = "ab"
s2 = s
s += "c"
print(s, s2)
fs = frozenset([1])
fs2 = fs
fs |= {2}
print(sorted(fs), sorted(fs2))
st = {1}
st2 = st
st |= {2}
print(sorted(st), sorted(st2))
