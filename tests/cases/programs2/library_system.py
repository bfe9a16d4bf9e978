class LibraryError(Exception):
    pass


class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.loans = []

    @property
    def available(self):
        return self.copies - len(self.loans)


class Member:
    limit = 2

    def __init__(self, name):
        self.name = name
        self.books = []
        self.fines = 0


class Premium(Member):
    limit = 4


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0

    def add_book(self, *args, **kw):
        b = Book(*args, **kw)
        self.books[b.isbn] = b

    def join(self, member):
        self.members[member.name] = member

    def checkout(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if m.fines > 0:
            raise LibraryError("%s owes %d" % (m.name, m.fines))
        if len(m.books) >= m.limit:
            raise LibraryError("%s reached limit %d" % (m.name, m.limit))
        if b.available <= 0:
            raise LibraryError("no copies of %r" % b.title)
        b.loans.append((name, self.day + 14))
        m.books.append(isbn)

    def checkin(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        for loan in b.loans:
            if loan[0] == name:
                b.loans.remove(loan)
                late = self.day - loan[1]
                if late > 0:
                    m.fines += late * 10
                m.books.remove(isbn)
                return late
        raise LibraryError("%s does not have %r" % (name, b.title))

    def search(self, text):
        text = text.lower()
        return sorted(b.title for b in self.books.values() if text in b.title.lower() or text in b.author.lower())


lib = Library()
lib.add_book("111", "Dune", "Herbert", copies=2)
lib.add_book("222", "Emma", "Austen")
lib.add_book("333", "Persuasion", "Austen")
lib.add_book("444", "Neuromancer", "Gibson")
lib.join(Member("ann"))
lib.join(Premium("bob"))
actions = [(0, "out", "ann", "111"), (0, "out", "ann", "222"), (1, "out", "ann", "333"), (2, "out", "bob", "111"),
           (3, "out", "bob", "111"), (3, "out", "bob", "222"), (20, "in", "ann", "111"), (20, "out", "ann", "444"),
           (21, "in", "bob", "333"), (22, "in", "bob", "111")]
for day, kind, who, isbn in actions:
    lib.day = day
    try:
        if kind == "out":
            lib.checkout(who, isbn)
            print("day %2d: %s borrowed %s" % (day, who, lib.books[isbn].title))
        else:
            late = lib.checkin(who, isbn)
            print("day %2d: %s returned %s (%s)" % (day, who, lib.books[isbn].title, "late %d" % late if late > 0 else "on time"))
    except LibraryError as e:
        print("day %2d: refused: %s" % (day, e))
for m in lib.members.values():
    print(m.name, type(m).__name__, m.books, "fines", m.fines)
print({b.title: b.available for b in lib.books.values()})
print(lib.search("austen"), lib.search("un"))
