#!/usr/bin/env python3
"""Regenerate conformance expectations by running CPython 3.11 on every case.

For each tests/cases/<area>/<name>.py this writes:
  <name>.out  exact stdout
  <name>.err  only if the exit status is non-zero:
                exit: N
                <last non-empty line of stderr>
                line: N        (only for cases under syntax_errors/)
Stale .err files are deleted. Expectations are only ever produced by this script.

Usage: python3 tests/regen.py [--python python3] [--filter SUBSTR]
"""
import argparse
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
TIMEOUT = 30


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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--python", default="python3")
    ap.add_argument("--filter", default=None)
    args = ap.parse_args()
    cmd = shlex.split(args.python)
    ver = subprocess.run(cmd + ["-c", "import sys; print(sys.version_info[:2])"],
                         capture_output=True, text=True).stdout.strip()
    if ver != "(3, 11)":
        print("warning: expectations must come from CPython 3.11, got %s" % ver, file=sys.stderr)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    errors = 0
    cases = find_cases(CASES, args.filter)
    for rel, path in cases:
        d, fn = os.path.split(path)
        base = path[:-3]
        try:
            p = subprocess.run(cmd + [fn], cwd=d, env=env, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            print("TIMEOUT %s" % rel, file=sys.stderr)
            errors += 1
            continue
        with open(base + ".out", "wb") as f:
            f.write(p.stdout)
        errpath = base + ".err"
        if p.returncode != 0:
            stderr = p.stderr.decode("utf-8", "replace")
            lines = ["exit: %d" % p.returncode, last_nonempty_line(stderr)]
            if rel.startswith("syntax_errors/"):
                ln = traceback_line(stderr)
                if ln is None:
                    print("warning: %s: no line number in stderr" % rel, file=sys.stderr)
                lines.append("line: %s" % ln)
            with open(errpath, "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(lines) + "\n")
        elif os.path.exists(errpath):
            os.remove(errpath)
    print("regenerated %d cases" % len(cases))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
