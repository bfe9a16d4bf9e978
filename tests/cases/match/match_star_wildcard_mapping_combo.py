records = [
    ["log", "2024-01-01", "INFO", "started"],
    ["log", "2024-01-01", "ERROR", "disk", "full"],
    ["metric", {"cpu": 0.5, "mem": 0.7}],
    ["metric", {"cpu": 0.99}],
    ["event"],
]
for r in records:
    match r:
        case ["log", _, "ERROR", *msg]:
            print("ERROR:", " ".join(msg))
        case ["log", date, level, *msg]:
            print(date, level.lower(), msg)
        case ["metric", {"cpu": cpu, **others}] if cpu > 0.9:
            print("cpu alert", cpu, others)
        case ["metric", {"cpu": cpu, "mem": mem}]:
            print("cpu", cpu, "mem", mem)
        case [kind, *_]:
            print("unhandled kind", kind)
