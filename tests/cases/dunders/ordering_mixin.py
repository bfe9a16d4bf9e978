class Ordered:
    def __le__(self, o):
        return self < o or self == o

    def __gt__(self, o):
        return not self <= o

    def __ge__(self, o):
        return not self < o


class Card(Ordered):
    RANKS = "23456789TJQKA"

    def __init__(self, s):
        self.rank = Card.RANKS.index(s[0])
        self.suit = s[1]
        self.s = s

    def __eq__(self, o):
        return self.rank == o.rank

    def __lt__(self, o):
        return self.rank < o.rank

    __hash__ = object.__hash__

    def __repr__(self):
        return self.s


hand = [Card(s) for s in ["Kh", "2c", "Ts", "Ad", "Tc", "5h"]]
print(sorted(hand))
a, b = Card("Th"), Card("Ts")
print(a == b, a < b, a <= b, a > b, a >= b, a != b)
k, q = Card("Kd"), Card("Qd")
print(k > q, k >= q, k < q, k <= q)
print(max(hand), min(hand))
print([c for c in hand if c >= Card("Tx")])
