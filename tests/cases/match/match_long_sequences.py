def summarize(nums):
    match nums:
        case []:
            return "no data"
        case [x]:
            return "single %d" % x
        case [x, *_, y] if x == y:
            return "same ends %d (len %d)" % (x, len(nums))
        case [x, y, *rest] if x > y:
            return "starts decreasing, rest=%d items" % len(rest)
        case [_, _, *rest]:
            return "generic, sum=%d" % sum(nums)


for n in [[], [4], [1, 2, 1], [5, 3, 9, 9], [1, 2, 3, 4, 5], list(range(100))]:
    print(summarize(n))
