"""CPython's verdict on every .py file of its standard library (helper of LibVerdictTest).

Prints "STDLIB<TAB>dir", then one line per file: "path<TAB>OK", "path<TAB>ERR<TAB>message"
or "path<TAB>SKIP" when the file is not valid UTF-8. One process for all files, so the test
stays fast.
"""
import os
import sys
import sysconfig
import warnings

warnings.simplefilter('ignore')
stdlib = sysconfig.get_paths()['stdlib']
out = sys.stdout
out.write('STDLIB\t%s\n' % stdlib)
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
            compile(src, path, 'exec', dont_inherit=True)
            out.write('%s\tOK\n' % path)
        except (SyntaxError, ValueError) as e:
            msg = getattr(e, 'msg', None) or str(e)
            out.write('%s\tERR\t%s\n' % (path, msg.replace('\n', ' ').replace('\t', ' ')))
