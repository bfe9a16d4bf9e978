#!/usr/bin/env python3
"""Run the conformance cases on any Python implementation.

Usage: python3 tests/run_conformance.py --interp CMD [--filter SUBSTR] [-v] [--timeout S]

CMD is split with shlex, e.g. --interp python3, --interp pypy3, --interp "./pyt".
Each case runs as `CMD <name>.py` with cwd = the case's directory, empty stdin and
PYTHONHASHSEED=0. Compared: stdout exactly; exit status; for non-zero exit the last
non-empty stderr line (for syntax_errors/: the exception type name and the line number
named by the last `File "...", line N` of the traceback).
"""
import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")


def find_cases(root, flt=None):
    result = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            if fn.endswith(".py"):
                path = os.path.join(dirpath, fn)
                rel = os.path.relpath(path, root)[:-3].replace(os.sep, "/")
                if flt is None or flt in rel:
                    result.append((rel, path))
    return result


def last_nonempty_line(text):
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def traceback_line(text):
    last = None
    for m in re.finditer(r'^\s*File "[^"]*", line (\d+)', text, re.M):
        last = m.group(1)
    return last


def exc_type(line):
    return line.split(":", 1)[0].strip()


def read_expected(base):
    with open(base + ".out", "rb") as f:
        out = f.read()
    exit_code, err_line, line_no = 0, None, None
    if os.path.exists(base + ".err"):
        with open(base + ".err", encoding="utf-8") as f:
            lines = f.read().split("\n")
        exit_code = int(lines[0].split(":", 1)[1])
        err_line = lines[1] if len(lines) > 1 else ""
        for l in lines[2:]:
            if l.startswith("line:"):
                line_no = l.split(":", 1)[1].strip()
    return out, exit_code, err_line, line_no


def diff_text(expected, actual, a="expected", b="actual"):
    e = expected.decode("utf-8", "replace").splitlines(keepends=True)
    g = actual.decode("utf-8", "replace").splitlines(keepends=True)
    d = list(difflib.unified_diff(e, g, a, b))
    if len(d) > 60:
        d = d[:60] + ["... (%d more diff lines)\n" % (len(d) - 60)]
    return "".join(d)


def run_case(cmd, rel, path, timeout):
    """Returns None on success, else (summary, details)."""
    d, fn = os.path.split(path)
    base = path[:-3]
    if not os.path.exists(base + ".out"):
        return "no expectation (run tests/regen.py)", ""
    exp_out, exp_exit, exp_err, exp_line = read_expected(base)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        p = subprocess.run(cmd + [fn], cwd=d, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout after %ss" % timeout, ""
    except OSError as e:
        return "cannot run interpreter: %s" % e, ""
    problems, details = [], []
    stderr = p.stderr.decode("utf-8", "replace")
    if p.stdout != exp_out:
        problems.append("stdout differs")
        details.append(diff_text(exp_out, p.stdout))
    if p.returncode != exp_exit:
        problems.append("exit %d, expected %d" % (p.returncode, exp_exit))
    if exp_exit != 0:
        got = last_nonempty_line(stderr)
        if rel.startswith("syntax_errors/"):
            if exc_type(got) != exc_type(exp_err):
                problems.append("error %r, expected type %r" % (got, exc_type(exp_err)))
            got_line = traceback_line(stderr)
            if exp_line is not None and exp_line != "None" and got_line != exp_line:
                problems.append("error line %s, expected %s" % (got_line, exp_line))
        elif got != exp_err:
            problems.append("stderr %r, expected %r" % (got, exp_err))
    if problems and (p.returncode != exp_exit or exp_exit != 0 or p.returncode != 0):
        tail = stderr.strip().splitlines()[-15:]
        if tail:
            details.append("--- stderr (tail) ---\n" + "\n".join(tail) + "\n")
    if problems:
        return "; ".join(problems), "".join(details)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", required=True, help="interpreter command, split with shlex")
    ap.add_argument("--filter", default=None, help="only cases whose area/name contains this")
    ap.add_argument("-v", "--verbose", action="store_true", help="show diffs")
    ap.add_argument("--timeout", type=float, default=30.0)
    args = ap.parse_args()
    cmd = shlex.split(args.interp)
    # Resolve a relative interpreter path against the current directory (cases run elsewhere).
    if cmd and os.sep in cmd[0] and not os.path.isabs(cmd[0]):
        cmd[0] = os.path.abspath(cmd[0])
    passed = failed = 0
    for rel, path in find_cases(CASES, args.filter):
        r = run_case(cmd, rel, path, args.timeout)
        if r is None:
            passed += 1
        else:
            failed += 1
            print("FAIL %s: %s" % (rel, r[0]))
            if args.verbose and r[1]:
                print(r[1].rstrip("\n"))
        sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
