def load():
    try:
        {}["config"]
    except KeyError as e:
        raise RuntimeError("could not load configuration") from e


print("loading")
load()
