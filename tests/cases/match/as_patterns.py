def f(x):
    match x:
        case [int() as a, int() as b] as pair:
            return "ints %d %d in %r" % (a, b, pair)
        case {"id": (1 | 2 | 3) as small_id} as whole:
            return "small id %d, keys %r" % (small_id, sorted(whole))
        case (str() | bytes()) as text:
            return "text %r" % (text,)
        case [*_] as seq if len(seq) > 3:
            return "long sequence of %d" % len(seq)
        case _ as anything:
            return "anything: %r" % (anything,)


for v in [[1, 2], [1, "2"], {"id": 2, "n": 0}, {"id": 9}, "s", b"b", [0] * 5, 3.5]:
    print(f(v))
