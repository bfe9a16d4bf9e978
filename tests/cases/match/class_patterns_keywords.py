class User:
    def __init__(self, name, role, active=True):
        self.name = name
        self.role = role
        self.active = active


def access(u):
    match u:
        case User(active=False):
            return u.name + ": disabled"
        case User(role="admin", name=name):
            return name + ": full access"
        case User(role="editor" | "author" as r, name=name):
            return "%s: write access as %s" % (name, r)
        case User(name=name):
            return name + ": read only"


for u in [User("ann", "admin"), User("bob", "editor"), User("cid", "author"), User("dee", "viewer"), User("eve", "admin", False)]:
    print(access(u))


class Empty:
    pass


e = Empty()
match e:
    case Empty(missing=1):
        print("no")
    case Empty():
        print("matched Empty() with no attrs")
