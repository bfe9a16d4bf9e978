class Robot:
    speed = 3


print(Robot.speed)
print(Robot.weight)
