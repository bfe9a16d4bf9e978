# patterns the compiler rejects, with CPython's messages and lines
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a] | b:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {1: 1, 1.0: 2}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case (y as z) | 1:\n        pass\n",
    "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
    "match x:\n    case f'x':\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case z:\n        pass\n",
    "match x:\n    case y as y:\n        pass\n",
    "match x:\n    case {'a': y, **y}:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<pattern>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno)
