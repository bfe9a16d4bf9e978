def cmd(c):
    match c.split():
        case ["go" | "move" | "walk", ("north" | "south" | "east" | "west") as d]:
            return "moving " + d
        case ["look" | "l"]:
            return "looking around"
        case ["get" | "take", item] | ["pick", "up", item]:
            return "taking " + item
        case ["quit" | "exit" | "q"]:
            return "bye"
        case [("n" | "s" | "e" | "w") as short]:
            return "short move " + short
        case _:
            return "unknown: " + c


for c in ["go north", "walk west", "l", "take lamp", "pick up sword", "q", "e", "go up", "dance"]:
    print(repr(c), "->", cmd(c))
match 5:
    case 1 | 2 | 3:
        print("small")
    case 4 | 5 | 6:
        print("medium")
