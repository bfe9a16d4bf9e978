"""Prints CPython's ast in the canonical form of pyt's AstDump (test helper).

Usage: ast_dump.py FILE -> dump of compile(FILE, 'exec') ast, or "ERR <line> <msg>".
"""
import ast
import struct
import sys

RENAME = {'Expr': 'ExprStmt', 'List': 'ListExpr', 'arguments': 'Arguments', 'arg': 'Arg',
          'keyword': 'Keyword', 'alias': 'Alias', 'comprehension': 'Comprehension',
          'withitem': 'WithItem', 'match_case': 'MatchCase', 'TryStar': 'Try'}
FIELDS = {
    'FunctionDef': ['name', 'args', 'body', 'decorator_list', 'returns', '*async'],
    'AsyncFunctionDef': ['name', 'args', 'body', 'decorator_list', 'returns', '*async'],
    'ClassDef': ['name', 'bases', 'keywords', 'body', 'decorator_list'],
    'For': ['target', 'iter', 'body', 'orelse', '*async'],
    'AsyncFor': ['target', 'iter', 'body', 'orelse', '*async'],
    'With': ['items', 'body', '*async'],
    'AsyncWith': ['items', 'body', '*async'],
    'Try': ['body', 'handlers', 'orelse', 'finalbody', '*star'],
    'TryStar': ['body', 'handlers', 'orelse', 'finalbody', '*star'],
    'AnnAssign': ['target', 'annotation', 'value', '*simple'],
    'Constant': ['value'],
    'arg': ['arg', 'annotation'],
    'comprehension': ['target', 'iter', 'ifs', '*is_async'],
    'Assign': ['targets', 'value'],
}
ASYNC = {'AsyncFunctionDef', 'AsyncFor', 'AsyncWith'}


def java_code_points(x):
    """The code points Java sees in x: pyt keeps strings as UTF-16, where a lone high
    surrogate followed by a lone low one is indistinguishable from the pair they form."""
    units = x.encode('utf-16-le', 'surrogatepass')
    cps = [units[i] | units[i + 1] << 8 for i in range(0, len(units), 2)]
    i = 0
    while i < len(cps):
        c = cps[i]
        if 0xD800 <= c < 0xDC00 and i + 1 < len(cps) and 0xDC00 <= cps[i + 1] < 0xE000:
            yield 0x10000 + ((c - 0xD800) << 10) + (cps[i + 1] - 0xDC00)
            i += 2
        else:
            yield c
            i += 1


def s(x):
    out = ['"']
    for cp in java_code_points(x):
        if cp < 0x20 or cp > 0x7e or cp in (0x22, 0x5c):
            out.append('\\u{%x}' % cp)
        else:
            out.append(chr(cp))
    out.append('"')
    return ''.join(out)


def bits(f):
    return struct.unpack('<q', struct.pack('<d', f))[0]


def value(v):
    if v is None:
        return 'None'
    if v is True:
        return 'True'
    if v is False:
        return 'False'
    if v is Ellipsis:
        return 'Ellipsis'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return 'f%d' % bits(v)
    if isinstance(v, complex):
        return 'j%d' % bits(v.imag)
    if isinstance(v, str):
        return s(v)
    if isinstance(v, bytes):
        return "b'" + v.hex() + "'"
    raise TypeError(type(v))


def dump(n):
    if n is None:
        return 'None'
    if isinstance(n, list):
        return '[' + ', '.join(dump(x) for x in n) + ']'
    if isinstance(n, str):
        return s(n)
    if isinstance(n, bool):
        return 'True' if n else 'False'
    if isinstance(n, int):
        return str(n)
    if isinstance(n, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return type(n).__name__.upper()
    t = type(n).__name__
    if t == 'Constant':
        return 'Constant(' + value(n.value) + ')'
    if t == 'MatchSingleton':
        return 'MatchSingleton(' + value(n.value) + ')'
    fields = FIELDS.get(t, [f for f in n._fields if f not in ('ctx', 'type_comment', 'kind', 'type_ignores')])
    parts = []
    for f in fields:
        if f == '*async':
            parts.append('True' if t in ASYNC else 'False')
        elif f == '*star':
            parts.append('True' if t == 'TryStar' else 'False')
        elif f == '*simple':
            parts.append('True' if n.simple else 'False')
        elif f == '*is_async':
            parts.append('True' if n.is_async else 'False')
        else:
            parts.append(dump(getattr(n, f)))
    name = RENAME.get(t, t)
    if name.startswith('Async'):
        name = name[5:]
    return name + '(' + ', '.join(parts) + ')'


def positions(tree, src):
    """Each node's "Type@line:col-endline:endcol" (columns in code points), in dump order;
    f-string internals are left out (CPython 3.11 gives them the whole string's position)."""
    lines = src.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    out = []

    def col(line, byte_col):
        return len(lines[line - 1].encode('utf-8')[:byte_col].decode('utf-8', 'replace'))

    def walk(n, in_fstring):
        if isinstance(n, list):
            for x in n:
                walk(x, in_fstring)
            return
        if not isinstance(n, ast.AST):
            return
        t = type(n).__name__
        if not in_fstring and isinstance(n, (ast.expr, ast.stmt, ast.pattern, ast.arg, ast.keyword, ast.alias,
                                             ast.excepthandler)):
            name = RENAME.get(t, t)
            name = name[5:] if name.startswith('Async') else name
            out.append('%s@%d:%d-%d:%d' % (name, n.lineno, col(n.lineno, n.col_offset), n.end_lineno,
                                           col(n.end_lineno, n.end_col_offset)))
        if t in ('Constant', 'MatchSingleton'):
            return
        for f in FIELDS.get(t, [f for f in n._fields if f not in ('ctx', 'type_comment', 'kind', 'type_ignores')]):
            if not f.startswith('*'):
                walk(getattr(n, f), in_fstring or t == 'JoinedStr')

    walk(tree, False)
    return '\n'.join(out)


def main():
    if sys.argv[1:] == ['--hash']:
        import hashlib
        for line in sys.stdin:
            path = line.rstrip('\n')
            try:
                with open(path, 'rb') as f:
                    src = f.read().decode('utf-8')
            except (UnicodeDecodeError, OSError):
                print(path + '\tUNREADABLE')
                continue
            try:
                tree = compile(src, path, 'exec', ast.PyCF_ONLY_AST)
                print(path + '\t' + hashlib.md5(dump(tree).encode('utf-8')).hexdigest())
            except SyntaxError as e:
                print(path + '\tERR %s %s' % (e.lineno, e.msg))
            except (ValueError, RecursionError, MemoryError) as e:
                print(path + '\tERR 0 ' + str(e))
        return
    for path in sys.argv[1:]:
        with open(path, 'rb') as f:
            src = f.read().decode('utf-8')
        try:
            tree = compile(src, path, 'exec', ast.PyCF_ONLY_AST)
            print(dump(tree))
        except SyntaxError as e:
            print('ERR', e.lineno, e.msg)


if __name__ == "__main__":
    main()
