def traffic_light():
    state = "red"
    while True:
        event = yield state
        if event == "timer":
            state = {"red": "green", "green": "yellow", "yellow": "red"}[state]
        elif event == "emergency":
            state = "red"
        elif event == "off":
            return "turned off in " + state


light = traffic_light()
print(next(light))
for ev in ["timer", "timer", "noise", "emergency", "timer", "timer"]:
    print(ev, "->", light.send(ev))
try:
    light.send("off")
except StopIteration as e:
    print(e.value)
