#!/usr/bin/env python3
"""Run a directory of plain Python test scripts on CPython and on another interpreter, and
compare them.

    python3 tests/run_peer.py DIR [DIR...] --interp ./pyt [--jobs N] [--timeout S] [--python python3]

Every `*.py` in each DIR is a program. CPython runs it first; its stdout and exit status are the
expectation (cached under --cache, keyed by the file's content and the CPython version). A
program that CPython cannot run cleanly is EXCLUDED, not passed: it exits non-zero, prints
`SKIP` (the peer suites' convention for "feature missing"), or times out. The interpreter
then passes a program when its stdout and exit status equal CPython's.

Each program runs with its own DIR as its working directory and on its path, so tests that import a
helper module beside them work, with empty stdin and PYTHONHASHSEED=0. Nothing in DIR is
written. See docs/peer-suite.md.
"""

import argparse
import hashlib
import json
import os
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor


def run(cmd, path, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    try:
        p = subprocess.run(cmd + [os.path.basename(path)], cwd=os.path.dirname(path),
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, env=env)
        return {"exit": p.returncode, "out": p.stdout.decode("utf-8", "replace"),
                "err": p.stderr.decode("utf-8", "replace")}
    except subprocess.TimeoutExpired:
        return {"exit": None, "out": "", "err": f"timeout after {timeout} s"}


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1].strip() if lines else ""


def expected(path, python, version, cache, timeout):
    with open(path, "rb") as f:
        key = hashlib.sha256(version.encode() + b"\0" + f.read()).hexdigest()
    entry = os.path.join(cache, key + ".json")
    if os.path.exists(entry):
        with open(entry) as f:
            return json.load(f)
    result = run(python, path, timeout)
    if result["exit"] is not None:  # a timeout may be load; don't remember it
        with open(entry, "w") as f:
            json.dump(result, f)
    return result


def exclusion(exp):
    """Why CPython's own run makes a program unusable as a test, or None."""
    if exp["exit"] is None:
        return "CPython timed out"
    if exp["exit"] != 0:
        return f"CPython exits {exp['exit']}: {last_line(exp['err'])}"
    if exp["out"].strip() == "SKIP" or exp["out"].startswith("SKIP\n"):
        return "CPython prints SKIP"
    return None


def compare(exp, got):
    """A one-line reason why got differs from exp, or None when they agree."""
    if got["exit"] is None:
        return got["err"]
    if got["out"] != exp["out"]:
        want, have = exp["out"].splitlines(), got["out"].splitlines()
        for i, (a, b) in enumerate(zip(want, have)):
            if a != b:
                return f"line {i + 1}: expected {a[:60]!r}, got {b[:60]!r}" + stderr_hint(got)
        if len(have) < len(want):
            return f"stops after line {len(have)} (exit {got['exit']})" + stderr_hint(got)
        return f"extra output from line {len(want) + 1}: {have[len(want)][:60]!r}"
    if got["exit"] != exp["exit"]:
        return f"exit {got['exit']}, expected {exp['exit']}" + stderr_hint(got)
    return None


def stderr_hint(got):
    line = last_line(got["err"])
    return f" [{line[:120]}]" if line else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+", metavar="DIR")
    ap.add_argument("--interp", required=True, help="the interpreter under test (split with shlex)")
    ap.add_argument("--python", default="python3", help="the CPython that gives the expectations")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--cache", default=os.path.join(os.path.expanduser("~"), ".cache", "pyt-peer"),
                    help="where CPython's results are kept (default ~/.cache/pyt-peer)")
    ap.add_argument("--filter", default="", help="only files whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list the excluded files")
    args = ap.parse_args()

    files = []
    for d in args.dirs:
        root = os.path.abspath(d)
        files += sorted(os.path.join(root, n) for n in os.listdir(root)
                        if n.endswith(".py") and args.filter in n)
    interp = shlex.split(args.interp)
    if os.sep in interp[0] and not os.path.isabs(interp[0]):
        interp[0] = os.path.abspath(interp[0])
    python = shlex.split(args.python)
    version = subprocess.run(python + ["-c", "import sys; print(sys.version)"],
                             capture_output=True, text=True, check=True).stdout.strip()
    os.makedirs(args.cache, exist_ok=True)

    def one(path):
        exp = expected(path, python, version, args.cache, args.timeout)
        why = exclusion(exp)
        if why:
            return path, "excluded", why
        why = compare(exp, run(interp, path, args.timeout))
        return path, ("failed" if why else "passed"), why

    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = list(pool.map(one, files))

    counts = {"passed": 0, "failed": 0, "excluded": 0}
    for path, verdict, why in results:
        counts[verdict] += 1
        if verdict == "failed" or (verdict == "excluded" and args.verbose):
            name = os.path.join(os.path.basename(os.path.dirname(path)), os.path.basename(path))
            print(f"{verdict.upper()[:4]} {name}: {why}")
    run_count = counts["passed"] + counts["failed"]
    rate = 100.0 * counts["passed"] / run_count if run_count else 0.0
    print(f"excluded: {counts['excluded']} programs CPython itself does not run cleanly "
          f"(non-zero exit, SKIP, timeout); they count neither way")
    print(f"{counts['passed']} passed, {counts['failed']} failed, {counts['excluded']} excluded "
          f"({rate:.1f}% of {run_count} run)")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
