config = {"host": "localhost", "port": 8080, "debug": False, "empty": None}
print(config.get("debug"), config.get("missing"), config.get("empty", "x"), config.get("missing", "x"))
print("empty" in config, config["empty"])
keys = ["host", "timeout", "port"]
print([config.get(k, "<unset>") for k in keys])
print({k: config[k] for k in keys if k in config})
print(config.setdefault("timeout", 30), config["timeout"])
print(len(config), list(config)[-1])
