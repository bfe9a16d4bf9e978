"""CPython's verdict on each case of a case file (helper of SyntaxErrorParityTest).

Usage: syntax_verdicts.py FILE MODE, where FILE holds source snippets separated by lines
"====" and MODE is exec, eval or single. Prints one line per case: "index<TAB>OK" or
"index<TAB>Kind<TAB>line<TAB>offset<TAB>message". For eval, leading spaces and tabs are
stripped as eval() does.
"""
import sys
import warnings

warnings.simplefilter('ignore')
path, mode = sys.argv[1], sys.argv[2]
with open(path, encoding='utf-8') as f:
    cases = f.read().split('\n====\n')
out = []
for i, src in enumerate(cases):
    try:
        compile(src.lstrip(' \t') if mode == 'eval' else src, 'f', mode, dont_inherit=True)
        out.append('%d\tOK' % i)
    except SyntaxError as e:
        msg = (e.msg or '').replace('\n', ' ').replace('\t', ' ')
        out.append('%d\t%s\t%s\t%s\t%s' % (i, type(e).__name__, e.lineno, e.offset, msg))
    except (ValueError, RecursionError, MemoryError) as e:
        out.append('%d\t%s\t0\t0\t%s' % (i, type(e).__name__, e))
sys.stdout.write('\n'.join(out) + '\n')
