"""CPython's verdict on every .py file of its standard library (helper of LibVerdictTest).

Prints "STDLIB<TAB>dir", then one line per file: "path<TAB>OK<TAB>md5 of the AST dump<TAB>md5 of
the node positions or -" (the forms of ast_dump.py; positions for every 8th file, to keep the
test fast), "path<TAB>ERR<TAB>line<TAB>message", or "path<TAB>SKIP" when the file is not
valid UTF-8. One process for all files keeps the test fast.
"""
import ast
import hashlib
import os
import sys
import sysconfig
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ast_dump import dump, positions  # noqa: E402

warnings.simplefilter('ignore')
stdlib = sysconfig.get_paths()['stdlib']
out = sys.stdout
out.write('STDLIB\t%s\n' % stdlib)
count = 0
for root, dirs, files in os.walk(stdlib):
    dirs[:] = sorted(d for d in dirs if d not in ('site-packages', '__pycache__'))
    for name in sorted(files):
        if not name.endswith('.py'):
            continue
        path = os.path.join(root, name)
        try:
            with open(path, 'rb') as f:
                src = f.read().decode('utf-8')
        except (UnicodeDecodeError, OSError):
            out.write('%s\tSKIP\n' % path)
            continue
        try:
            tree = compile(src, path, 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
            compile(tree, path, 'exec', dont_inherit=True)
            count += 1
            pos = hashlib.md5(positions(tree, src).encode('utf-8')).hexdigest() if count % 8 == 0 else '-'
            out.write('%s\tOK\t%s\t%s\n' % (path, hashlib.md5(dump(tree).encode('utf-8')).hexdigest(), pos))
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            msg = getattr(e, 'msg', None) or str(e)
            line = getattr(e, 'lineno', None) or 0
            out.write('%s\tERR\t%s\t%s\n' % (path, line, msg.replace('\n', ' ').replace('\t', ' ')))
