class Stop(Exception):
    pass


print("raising bare")
raise Stop
