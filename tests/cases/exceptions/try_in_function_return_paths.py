def parse_all(items):
    results = []
    for it in items:
        try:
            if it is None:
                return results, "stopped at None"
            results.append(int(it))
        except (TypeError, ValueError) as e:
            results.append("bad:" + type(e).__name__)
        finally:
            results.append("|")
    return results, "complete"


print(parse_all(["1", "x", [2], "4"]))
print(parse_all(["1", None, "3"]))
