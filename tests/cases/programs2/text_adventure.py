class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self


class Game:
    def __init__(self):
        hall = Room("hall", "A dusty hall.")
        kitchen = Room("kitchen", "Smells of old bread.")
        cellar = Room("cellar", "Dark and damp.")
        garden = Room("garden", "Overgrown roses.")
        hall.connect("north", kitchen, "south")
        kitchen.connect("down", cellar, "up")
        hall.connect("east", garden, "west")
        kitchen.items.append("lamp")
        garden.items.append("key")
        cellar.items.append("treasure")
        self.room = hall
        self.inventory = []
        self.state = "playing"
        self.moves = 0

    def handle(self, line):
        words = line.split()
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return "I don't know how to %s." % verb
        self.moves += 1
        return handler(*args)

    def do_look(self):
        exits = ", ".join(sorted(self.room.exits))
        items = ", ".join(self.room.items) or "nothing"
        return "%s %s Exits: %s. You see: %s." % (self.room.name.upper(), self.room.description, exits, items)

    def do_go(self, direction=None):
        if direction not in self.room.exits:
            return "You can't go that way."
        target = self.room.exits[direction]
        if target.name == "cellar" and "lamp" not in self.inventory:
            return "It is too dark to go down without a lamp."
        self.room = target
        return "You go %s to the %s." % (direction, target.name)

    def do_take(self, item=None):
        if item not in self.room.items:
            return "There is no %s here." % item
        if item == "treasure" and "key" not in self.inventory:
            return "The treasure chest is locked."
        self.room.items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
            return "You take the treasure. You win!"
        return "Taken: %s." % item

    def do_inventory(self):
        return "You carry: %s." % (", ".join(self.inventory) or "nothing")


script = ["look", "go west", "go north", "go down", "take lamp", "take lamp", "dance", "go down", "look",
          "take treasure", "go up", "go south", "go east", "take key", "inventory", "go west",
          "go north", "go down", "take treasure", "look"]
g = Game()
for cmd in script:
    if g.state != "playing":
        print("> " + cmd + "\n(game over)")
        continue
    print("> " + cmd)
    print(g.handle(cmd))
print("moves:", g.moves, "state:", g.state)
