class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return self.greeting + ", " + name + "!"


g = Greeter("Hello")
m = g.greet
print(m("world"))
print(m.__self__ is g)
print(m.__func__ is Greeter.greet)
print(m.__name__, m.__func__.__name__)
print(Greeter.greet(g, "direct"))
f = Greeter.greet
print(f(Greeter("Hi"), "unbound"))
calls = [Greeter(w).greet for w in ("Hey", "Yo", "Howdy")]
print([c("Bob") for c in calls])
print(g.greet == g.greet, g.greet is g.greet)
h = Greeter("Hello")
print(g.greet == h.greet)
g.greeting = "Bye"
print(m("world"))
print(type(m).__name__, type(f).__name__)
