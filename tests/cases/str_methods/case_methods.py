for s in ["hello world", "HELLO World", "hELLO wORLD", "they're bill's friends", "3rd place", "", "ß straße", "ǅungla"]:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.capitalize(), "|", s.title(), "|", s.swapcase(), "|", s.casefold())
