class Conn:
    def __init__(self, host):
        if not host:
            raise ValueError("host required")
        self.host = host


try:
    c = Conn("")
except ValueError as e:
    print("ValueError:", e)
try:
    print(c)
except NameError as e:
    print("NameError:", e)
c = Conn("db")
print(c.host)
