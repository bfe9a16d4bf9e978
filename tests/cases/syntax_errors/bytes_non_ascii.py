b = b"caf\u00e9 ok"
c = b"café"
