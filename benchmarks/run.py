#!/usr/bin/env python3
"""pyt benchmark harness.

    python3 benchmarks/run.py [--iterations N] [--min-seconds S] [--only NAME,...]
                              [--impl pyt,pyt-nojit,python3,pypy3,graalpy]

For every program in benchmarks/programs/ and every implementation, one
process runs the program text followed by a small driver that calls run()
at least N times and until S seconds of run() time have passed, timing each
call in-process with time.perf_counter().  The per-iteration times form the
warm-up curve; steady state is the median of the last third of the
iterations.  Also measures start-up (`IMPL -c pass`).
Reports go to stdout and to benchmarks/results/ (JSON + markdown).

Run this script with CPython (python3); it runs the implementations under test
as subprocesses.  See benchmarks/README.md.
"""

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
RESULTS_DIR = os.path.join(BENCH_DIR, "results")

ALL_IMPLS = ["pyt", "pyt-nojit", "python3", "pypy3", "graalpy"]
DEFAULT_IMPLS = ALL_IMPLS
BASELINE = "pyt"  # ratios are "X / pyt": > 1 means pyt is faster than X

# The driver appended to each program.  Deliberately uses only a tiny subset
# of Python (import time, a function, a while loop, print, str) so that an early
# pyt can run it.  Markers make the output robust against programs printing.
# It makes at least --iterations calls and goes on until --min-seconds of run()
# time have passed (at most --max-iterations calls): a fast program's first twenty calls take a JIT's warm-up,
# not its steady state, so a floor in time rather than in calls gives every
# implementation the same chance to settle.
DRIVER = """

import time as _bench_time


def _bench_main():
    result = None
    _bench_i = 0
    _bench_spent = 0.0
    while _bench_i < {iterations} or (_bench_spent < {min_seconds} and _bench_i < {max_iterations}):
        _bench_t0 = _bench_time.perf_counter()
        result = run()
        _bench_t1 = _bench_time.perf_counter()
        _bench_spent += _bench_t1 - _bench_t0
        print("@@ITER " + str(_bench_i) + " " + str((_bench_t1 - _bench_t0) * 1000.0))
        _bench_i += 1
    print("@@CHECKSUM " + str(result))


_bench_main()
"""


# --------------------------------------------------------------------------
# implementations

def pyt_launcher():
    return os.environ.get("PYT") or os.path.join(REPO, "pyt")


def resolve_impl(name, pyt_opts):
    """Return (argv prefix, None) or (None, reason it is missing)."""
    if name in ("pyt", "pyt-nojit"):
        launcher = pyt_launcher()
        if not (os.path.isfile(launcher) and os.access(launcher, os.X_OK)):
            return None, "launcher %s not found or not executable" % launcher
        argv = [launcher]
        if name == "pyt-nojit":
            argv.append("--engine.Compilation=false")
        return argv + list(pyt_opts), None
    if name in ("python3", "pypy3", "graalpy"):
        path = shutil.which(name)
        if path is None:
            return None, "%s not on PATH" % name
        return [path], None
    return None, "unknown implementation %r (known: %s)" % (name, ", ".join(ALL_IMPLS))


def impl_version(argv):
    try:
        p = subprocess.run(argv + ["--version"], capture_output=True, text=True, timeout=120)
        out = (p.stdout.strip() or p.stderr.strip()).splitlines()
        return out[0] if out else "?"
    except Exception as e:  # noqa: BLE001 - informational only
        return "? (%s)" % e


# --------------------------------------------------------------------------
# running

def tail(text, lines=15):
    return "\n".join((text or "").rstrip().splitlines()[-lines:])


def run_program(argv, program_path, iterations, min_seconds, max_iterations, timeout, workdir):
    name = os.path.splitext(os.path.basename(program_path))[0]
    with open(program_path) as f:
        src = f.read()
    bench_file = os.path.join(workdir, "bench_" + name + ".py")
    with open(bench_file, "w") as f:
        f.write(src)
        f.write(DRIVER.format(iterations=iterations, min_seconds=min_seconds,
                              max_iterations=max(iterations, max_iterations)))
    rec = {"ok": False, "iterations_ms": [], "checksum": None, "error": None,
           "stderr_tail": "", "wall_s": None, "cmd": argv + [bench_file]}
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv + [bench_file], capture_output=True, text=True,
                           timeout=timeout, cwd=workdir)
        stdout, stderr, rc = p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        stdout = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        stderr = e.stderr.decode(errors="replace") if isinstance(e.stderr, bytes) else (e.stderr or "")
        rc = None
        rec["error"] = "timeout after %ss" % timeout
    except OSError as e:
        stdout, stderr, rc = "", str(e), None
        rec["error"] = "could not start: %s" % e
    rec["wall_s"] = time.perf_counter() - t0
    for line in stdout.splitlines():
        if line.startswith("@@ITER "):
            parts = line.split()
            try:
                rec["iterations_ms"].append(float(parts[2]))
            except (IndexError, ValueError):
                pass
        elif line.startswith("@@CHECKSUM "):
            rec["checksum"] = line[len("@@CHECKSUM "):]
    rec["stderr_tail"] = tail(stderr)
    if rec["error"] is None:
        if rc != 0:
            rec["error"] = "exit code %s" % rc
        elif len(rec["iterations_ms"]) < iterations or rec["checksum"] is None:
            rec["error"] = "incomplete output (%d/%d iterations)" % (len(rec["iterations_ms"]), iterations)
            if not rec["stderr_tail"]:
                rec["stderr_tail"] = tail(stdout)
    rec["ok"] = rec["error"] is None
    if rec["ok"]:
        rec.update(analyse(rec["iterations_ms"]))
    return rec


def analyse(times):
    n = len(times)
    last = times[n - max(1, n // 3):]
    steady = statistics.median(last)
    # warm-up point: first iteration i where the median of iterations i..i+2 is
    # within 15% of steady state (a window, so one noisy spike does not count)
    warm = n - 1
    for i in range(n):
        if statistics.median(times[i:i + 3]) <= steady * 1.15:
            warm = i
            break
    return {"steady_ms": steady, "first_ms": times[0], "min_ms": min(times),
            "warm_at_iter": warm, "warm_s": sum(times[:warm]) / 1000.0}


def measure_startup(impls, runs, timeout):
    """Median wall time of `IMPL -c pass`, interleaving implementations."""
    res = {}
    for name, argv in impls.items():
        res[name] = {"ok": True, "times_s": [], "error": None, "stderr_tail": ""}
        # one unmeasured run: pyt may build itself on first use, caches warm up
        try:
            p = subprocess.run(argv + ["-c", "pass"], capture_output=True, text=True, timeout=timeout)
            if p.returncode != 0:
                res[name].update(ok=False, error="exit code %s" % p.returncode,
                                 stderr_tail=tail(p.stderr))
        except (subprocess.TimeoutExpired, OSError) as e:
            res[name].update(ok=False, error=str(e).splitlines()[0])
    for _ in range(runs):
        for name, argv in impls.items():
            r = res[name]
            if not r["ok"]:
                continue
            t0 = time.perf_counter()
            try:
                p = subprocess.run(argv + ["-c", "pass"], capture_output=True, text=True, timeout=timeout)
            except (subprocess.TimeoutExpired, OSError) as e:
                r.update(ok=False, error=str(e).splitlines()[0])
                continue
            dt = time.perf_counter() - t0
            if p.returncode != 0:
                r.update(ok=False, error="exit code %s" % p.returncode, stderr_tail=tail(p.stderr))
                continue
            r["times_s"].append(dt)
    for r in res.values():
        if r["ok"] and r["times_s"]:
            r["median_s"] = statistics.median(r["times_s"])
            r["min_s"] = min(r["times_s"])
    return res


# --------------------------------------------------------------------------
# reporting

def fmt_ms(x):
    if x is None:
        return "-"
    if x >= 100:
        return "%.0f" % x
    if x >= 10:
        return "%.1f" % x
    return "%.2f" % x


def fmt_ratio(x):
    return "-" if x is None else "%.2fx" % x


def table(headers, rows):
    """Return (plain text lines, markdown lines)."""
    cols = [headers] + rows
    widths = [max(len(str(r[i])) for r in cols) for i in range(len(headers))]
    text = []
    for k, r in enumerate(cols):
        cells = [str(c).ljust(widths[i]) if i == 0 else str(c).rjust(widths[i]) for i, c in enumerate(r)]
        text.append("  ".join(cells).rstrip())
        if k == 0:
            text.append("  ".join("-" * w for w in widths))
    md = ["| " + " | ".join(headers) + " |",
          "|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|"]
    md += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return text, md


def later_summary(times, shown):
    """The calls after the first `shown`, as min/median/max ms."""
    rest = times[shown:]
    if not rest:
        return "-"
    return "%s/%s/%s" % (fmt_ms(min(rest)), fmt_ms(statistics.median(rest)), fmt_ms(max(rest)))


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def build_report(data):
    text, md = [], []

    def both(t, m=None):
        text.append(t)
        md.append(t if m is None else m)

    impls = data["impls"]
    both("pyt benchmarks  %s" % data["timestamp"], "# pyt benchmarks %s" % data["timestamp"])
    both("")
    both("machine: %s, %s cpus; run() calls per process: at least %d and until %.0f s of run() time"
         " (at most %d); steady state = median of the last third of the calls"
         % (data["machine"], data["cpus"], data["iterations"], data["min_seconds"], data["max_iterations"]))
    for name in impls:
        both("  %-10s %s   (%s)" % (name, " ".join(data["argv"][name]), data["versions"].get(name, "")),
             "- `%s`: `%s` (%s)" % (name, " ".join(data["argv"][name]), data["versions"].get(name, "")))
    if data["missing"]:
        both("missing implementations: " + "; ".join("%s (%s)" % kv for kv in data["missing"].items()),
             "\nMissing implementations: " + "; ".join("`%s` (%s)" % kv for kv in data["missing"].items()))
    both("")

    # warm-up curves
    both("== Warm-up curves (ms per run() call) ==", "## Warm-up curves (ms per run() call)")
    for prog, per_impl in data["results"].items():
        both("")
        both("-- %s --" % prog, "### %s" % prog)
        headers = ["iter"] + impls
        rows = []
        for i in range(data["iterations"]):
            row = [str(i + 1)]
            for name in impls:
                its = per_impl[name]["iterations_ms"]
                row.append(fmt_ms(its[i]) if i < len(its) else "-")
            rows.append(row)
        rows.append(["later"] + [later_summary(per_impl[n]["iterations_ms"], data["iterations"]) for n in impls])
        rows.append(["calls"] + [str(len(per_impl[n]["iterations_ms"])) for n in impls])
        rows.append(["steady"] + [fmt_ms(per_impl[n].get("steady_ms")) for n in impls])
        rows.append(["warm@"] + [str(per_impl[n]["warm_at_iter"] + 1) if per_impl[n]["ok"] else "-" for n in impls])
        rows.append(["warm s"] + ["%.1f" % per_impl[n]["warm_s"] if per_impl[n]["ok"] else "-" for n in impls])
        rows.append(["wall s"] + ["%.1f" % per_impl[n]["wall_s"] if per_impl[n]["wall_s"] is not None else "-" for n in impls])
        rows.append(["checksum"] + [str(per_impl[n]["checksum"])[:24] if per_impl[n]["checksum"] is not None else "-" for n in impls])
        t, m = table(headers, rows)
        text.extend(t)
        md.extend([""] + m)
        for name in impls:
            r = per_impl[name]
            if not r["ok"]:
                both("  FAILED %s: %s" % (name, r["error"]), "\n**FAILED `%s`: %s**" % (name, r["error"]))
                if r["stderr_tail"]:
                    text.extend("    | " + l for l in r["stderr_tail"].splitlines())
                    md.extend(["", "```", r["stderr_tail"], "```"])
            elif r.get("checksum_mismatch"):
                both("  CHECKSUM MISMATCH %s: %s (reference %s)" % (name, r["checksum"], r["checksum_mismatch"]),
                     "\n**CHECKSUM MISMATCH `%s`: `%s` (reference `%s`)**" % (name, r["checksum"], r["checksum_mismatch"]))
    both("")

    # summary
    s = data["summary"]
    both("== Steady state (ms, lower is better) and speed-ups of pyt ==",
         "## Steady state (ms, lower is better) and speed-ups of pyt")
    both("(ratio X/pyt = X's time divided by pyt's: >1 means pyt is faster)",
         "\nRatio `X/pyt` = X's steady-state time divided by pyt's: > 1 means pyt is that many times faster.")
    rcols = s["ratio_columns"]
    warm_col = BASELINE in impls
    headers = ["program"] + impls + [c + "/pyt" for c in rcols] + (["pyt warm s"] if warm_col else [])
    rows = []
    for prog in data["results"]:
        row = [prog] + [fmt_ms(data["results"][prog][n].get("steady_ms")) for n in impls]
        row += [fmt_ratio(s["ratios"][prog].get(c)) for c in rcols]
        if warm_col:
            base = data["results"][prog][BASELINE]
            row.append("%.1f" % base["warm_s"] if base["ok"] else "-")
        rows.append(row)
    rows.append(["geomean"] + ["" for _ in impls] + [fmt_ratio(s["geomean"].get(c)) for c in rcols]
                + ([""] if warm_col else []))
    t, m = table(headers, rows)
    both("")
    text.extend(t)
    md.extend(m)
    both("")

    # start-up
    if data.get("startup"):
        both("== Start-up: wall time of `IMPL -c pass` (median of %d runs) ==" % data["startup_runs"],
             "## Start-up: wall time of `IMPL -c pass` (median of %d runs)" % data["startup_runs"])
        rows = []
        for name, r in data["startup"].items():
            if r["ok"] and r.get("median_s") is not None:
                rows.append([name, "%.0f" % (r["median_s"] * 1000), "%.0f" % (r["min_s"] * 1000), ""])
            else:
                rows.append([name, "-", "-", "FAILED: %s" % r["error"]])
        t, m = table(["impl", "median ms", "min ms", "note"], rows)
        both("")
        text.extend(t)
        md.extend(m)
        for name, r in data["startup"].items():
            if not r["ok"] and r["stderr_tail"]:
                text.extend("    | " + l for l in r["stderr_tail"].splitlines())
                md.extend(["", "`%s` stderr:" % name, "```", r["stderr_tail"], "```"])
    return "\n".join(text) + "\n", "\n".join(md) + "\n"


# --------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iterations", "-n", type=int, default=20,
                    help="least run() calls per process (default 20)")
    ap.add_argument("--min-seconds", type=float, default=20.0,
                    help="go on calling run() until this much run() time has passed (default 20)")
    ap.add_argument("--max-iterations", type=int, default=1000,
                    help="most run() calls per process (default 1000)")
    ap.add_argument("--only", default="", help="comma-separated program names (default: all)")
    ap.add_argument("--impl", default=",".join(DEFAULT_IMPLS),
                    help="comma-separated implementations (default: %s)" % ",".join(DEFAULT_IMPLS))
    ap.add_argument("--timeout", type=float, default=300, help="per-process timeout in seconds (default 300)")
    ap.add_argument("--startup-runs", type=int, default=5, help="runs per implementation for start-up (default 5)")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    ap.add_argument("--pyt-opt", action="append", default=[],
                    help="extra option passed to ./pyt before the file (repeatable), e.g. --pyt-opt=--engine.Mode=latency")
    ap.add_argument("--out", default=RESULTS_DIR, help="report directory (default benchmarks/results)")
    args = ap.parse_args()

    programs = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    if args.only:
        wanted = [p.strip() for p in args.only.split(",") if p.strip()]
        unknown = [p for p in wanted if p not in programs]
        if unknown:
            ap.error("unknown program(s): %s (have: %s)" % (", ".join(unknown), ", ".join(programs)))
        programs = wanted

    impls, missing = {}, {}
    for name in [i.strip() for i in args.impl.split(",") if i.strip()]:
        argv, why = resolve_impl(name, args.pyt_opt)
        if argv is None:
            missing[name] = why
        else:
            impls[name] = argv
    for name, why in missing.items():
        print("missing: %s: %s" % (name, why), flush=True)
    if not impls:
        print("no implementation available; nothing to do", file=sys.stderr)
        return 2

    versions = {name: impl_version(argv) for name, argv in impls.items()}
    data = {
        "timestamp": datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        "machine": "%s %s" % (platform.system(), platform.machine()),
        "cpus": os.cpu_count(),
        "iterations": args.iterations,
        "min_seconds": args.min_seconds,
        "max_iterations": args.max_iterations,
        "impls": list(impls),
        "argv": impls,
        "versions": versions,
        "missing": missing,
        "programs": programs,
        "results": {},
    }
    try:
        data["git_commit"] = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                                            capture_output=True, text=True).stdout.strip()
    except OSError:
        data["git_commit"] = None

    with tempfile.TemporaryDirectory(prefix="pyt-bench-") as workdir:
        for prog in programs:
            data["results"][prog] = {}
            for name, argv in impls.items():
                print("running %-14s on %-10s ..." % (prog, name), end=" ", flush=True)
                r = run_program(argv, os.path.join(PROGRAMS_DIR, prog + ".py"),
                                args.iterations, args.min_seconds, args.max_iterations,
                                args.timeout, workdir)
                data["results"][prog][name] = r
                if r["ok"]:
                    print("steady %s ms (first %s ms, %d calls, warm after %.1f s, wall %.1f s)"
                          % (fmt_ms(r["steady_ms"]), fmt_ms(r["first_ms"]), len(r["iterations_ms"]),
                             r["warm_s"], r["wall_s"]), flush=True)
                else:
                    print("FAILED: %s" % r["error"], flush=True)

    # checksum check against a reference (python3 if it ran, else the first that did)
    for prog, per_impl in data["results"].items():
        ref = None
        for name in ["python3"] + list(per_impl):
            if name in per_impl and per_impl[name]["ok"]:
                ref = per_impl[name]["checksum"]
                break
        for r in per_impl.values():
            if r["ok"] and r["checksum"] != ref:
                r["checksum_mismatch"] = ref

    # ratios X / pyt
    ratio_cols = [n for n in ["python3", "pyt-nojit", "pypy3", "graalpy"] if n in impls] if BASELINE in impls else []
    ratios = {}
    for prog, per_impl in data["results"].items():
        ratios[prog] = {}
        base = per_impl.get(BASELINE)
        for c in ratio_cols:
            other = per_impl.get(c)
            if base and base["ok"] and other and other["ok"] and base["steady_ms"] > 0:
                ratios[prog][c] = other["steady_ms"] / base["steady_ms"]
            else:
                ratios[prog][c] = None
    data["summary"] = {
        "baseline": BASELINE,
        "ratio_columns": ratio_cols,
        "ratios": ratios,
        "geomean": {c: geomean([ratios[p][c] for p in ratios]) for c in ratio_cols},
    }

    if not args.no_startup:
        print("measuring start-up (%d runs each) ..." % args.startup_runs, flush=True)
        data["startup_runs"] = args.startup_runs
        data["startup"] = measure_startup(impls, args.startup_runs, args.timeout)

    text, md = build_report(data)
    print()
    print(text)

    os.makedirs(args.out, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    for ext, content in (("json", json.dumps(data, indent=2)), ("md", md)):
        for base in ("bench-" + stamp, "latest"):
            with open(os.path.join(args.out, base + "." + ext), "w") as f:
                f.write(content)
    print("reports: %s/bench-%s.{json,md} (also latest.{json,md})" % (os.path.relpath(args.out), stamp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
