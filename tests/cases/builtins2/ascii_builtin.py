for v in ["plain", "café", "日本", "tab\t", "😀", ["é", 1], {"ñ": "ü"}, ("\u00e9",), 5, None, b"\xff"]:
    print(ascii(v), repr(v) == ascii(v))
