class Robot:
    def __init__(self):
        self.name = "r2"


r = Robot()
print(r.name)
print(getattr(r, "model", "unknown"))
print(r.model)
