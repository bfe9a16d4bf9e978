"""Regenerates syntax_cases_mined.txt: code snippets CPython rejects, taken from the string
literals and doctests of CPython's own Lib/test (a varied corpus of broken programs, up to 40
per distinct message, 400 for plain "invalid syntax"). Run with CPython 3.11 from this folder:
python3 mine_syntax_cases.py > syntax_cases_mined.txt
"""
import ast
import collections
import os
import random
import re
import sys
import sysconfig
import warnings

warnings.simplefilter('ignore')
root = os.path.join(sysconfig.get_paths()['stdlib'], 'test')
seen = set()
buckets = collections.defaultdict(list)


def consider(s):
    if s in seen or '\0' in s or len(s) > 400 or '\n====\n' in s or s.endswith('\n===='):
        return
    seen.add(s)
    try:
        compile(s, 'f', 'exec')
    except SyntaxError as e:
        if 'global' not in e.msg and 'nonlocal' not in e.msg:
            buckets[re.sub(r"'[^']*'|\d+", '_', e.msg)].append(s)
    except Exception:
        pass


def doctest_blocks(text):
    cur = None
    for line in text.split('\n'):
        ls = line.strip()
        if ls.startswith('>>> '):
            if cur is not None:
                yield '\n'.join(cur)
            cur = [ls[4:]]
        elif ls.startswith('...') and cur is not None:
            cur.append(ls[4:] if ls.startswith('... ') else ls[3:])
        elif cur is not None:
            yield '\n'.join(cur)
            cur = None
    if cur is not None:
        yield '\n'.join(cur)


for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    for name in sorted(filenames):
        if not name.endswith('.py'):
            continue
        try:
            with open(os.path.join(dirpath, name), encoding='utf-8') as f:
                tree = ast.parse(f.read())
        except Exception:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                consider(node.value)
                if '>>>' in node.value:
                    for block in doctest_blocks(node.value):
                        consider(block)
random.seed(11)
out = []
for key, cases in sorted(buckets.items()):
    cases = sorted(cases, key=len)
    n = 400 if key == 'invalid syntax' else 40
    out += cases if len(cases) <= n else random.sample(cases, n)
sys.stdout.write('\n====\n'.join(out))
