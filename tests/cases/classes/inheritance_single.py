class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return "I am " + self.name + ": " + self.speak()


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeakily)"


class Cat(Animal):
    sound = "meow"

    def __init__(self, name, lives=9):
        Animal.__init__(self, name)
        self.lives = lives


for a in [Animal("thing"), Dog("rex"), Puppy("bit"), Cat("tom")]:
    print(a.describe())
c = Cat("kit", 3)
print(c.lives, c.name)
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog))
print(isinstance(Puppy("p"), Dog), isinstance(Dog("d"), Puppy))
print(Puppy.__bases__ == (Dog,), Dog.__base__ is Animal)
print([k.__name__ for k in Puppy.__mro__])
print(Animal.__bases__[0] is object)
