def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def sum_list(l, i=0):
    return 0 if i == len(l) else l[i] + sum_list(l, i + 1)
print(sum_list(list(range(500))))
