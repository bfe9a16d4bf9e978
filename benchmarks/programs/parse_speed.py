# Parse/compile speed: generate (once, at module level) a ~10,000-line Python
# source text with a realistic mix of constructs; run() compiles it.

NAMES = ["count", "total", "value", "item", "result", "index", "data", "key",
         "offset", "size", "buffer", "name", "flag", "score", "level"]
TARGET_LINES = 10000


def pick(seed, k):
    return NAMES[(seed * 7 + k * 3) % len(NAMES)]


def gen_function(seed):
    a = pick(seed, 1)
    b = pick(seed, 2)
    c = pick(seed, 3)
    fn = "func_" + str(seed)
    lines = []
    lines.append(f"def {fn}({a}, {b}=None, *args, limit={seed % 50}, **kwargs):")
    lines.append(f'    """Generated function number {seed}: mixes loops, literals and calls."""')
    lines.append(f"    {c} = [{seed}, {seed + 1}, {seed * 2}, -{seed % 9}, 0x{'1F' if seed % 2 else 'a0'}, 1_000, 3.25e-2]")
    lines.append(f"    table = {{'alpha': {seed}, 'beta': '{a}', \"gamma\": ({seed}, {b}), 'delta': [{a}, {c}]}}")
    lines.append(f"    text = 'line ' + str({seed}) + \" and \" + '{fn}'.upper()")
    lines.append(f"    if {b} is None:")
    lines.append(f"        {b} = len({c}) * 2 + {seed % 13}")
    lines.append(f"    elif isinstance({b}, str) and not {b}:")
    lines.append(f"        {b} = 0")
    lines.append(f"    else:")
    lines.append(f"        {b} = int({b}) // 3 - ({seed} % 4) ** 2")
    lines.append(f"    for i in range({a} if {a} > 0 else limit):")
    lines.append(f"        if i % 3 == 0 and i != {seed % 5}:")
    lines.append(f"            {c}.append(i * {b} + table['alpha'])")
    lines.append(f"            continue")
    lines.append(f"        while {b} > i and not (i & 1):")
    lines.append(f"            {b} -= 1")
    lines.append(f"            if {b} < -100:")
    lines.append(f"                break")
    lines.append(f"        table[str(i)] = [x * 2 for x in {c} if x > i]")
    lines.append(f"    squares = {{k: k * k for k in range({seed % 17} + 3)}}")
    lines.append(f"    pairs = [(x, y) for x in range(3) for y in range(x, 4) if (x + y) % 2 == 0]")
    lines.append(f"    label = f\"{{text}}-{{len(pairs)}}-{{{b}!r}}\"")
    lines.append(f"    lam = lambda p, q=1: p * q + {seed % 11}")
    lines.append(f"    {a} = {a} + lam({b}) - sum(squares.values()) if {a} else -{b}")
    lines.append(f"    return {{'result': {a}, 'label': label, 'data': {c}[:-1], 'ok': True, 'none': None}}")
    lines.append("")
    return lines


def gen_toplevel(seed):
    a = pick(seed, 4)
    lines = []
    lines.append(f"{a}_{seed} = [func_{seed}(n, n + 1) for n in range(3)]")
    lines.append(f"CONST_{seed} = ({seed}, '{a}', {seed}.5, [1, 2, 3], {{'k': {seed}}})")
    lines.append(f"if CONST_{seed}[0] % 2 == 0:")
    lines.append(f"    total_{seed} = sum(x for x in range({seed % 20}))")
    lines.append(f"else:")
    lines.append(f"    total_{seed} = max(1, min({seed}, 99), abs(-{seed}))")
    lines.append("")
    return lines


def generate():
    lines = []
    seed = 0
    while len(lines) < TARGET_LINES:
        lines.extend(gen_function(seed))
        lines.extend(gen_toplevel(seed))
        seed += 1
    # Whole blocks only, so the text always parses (a few lines over the target).
    return "\n".join(lines) + "\n"


SRC = generate()


def run():
    code = compile(SRC, "gen.py", "exec")
    if code is None:
        return -1
    return len(SRC) + SRC.count("\n")
