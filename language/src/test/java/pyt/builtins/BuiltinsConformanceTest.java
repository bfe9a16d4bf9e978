package pyt.builtins;

import org.junit.jupiter.api.Test;

/**
 * The builtin functions, the methods of the builtin types and the Java modules, compared with
 * CPython: each test runs one program on pyt and on {@code python3} and expects the same output.
 */
public class BuiltinsConformanceTest {

    @Test
    public void containers() {
        PythonComparison.assertSameOutput("""
            # lists
            a = [3, 1, 2]
            a.append(5); a.extend((7, 8)); a.insert(0, 9); a.insert(-1, 4); a.insert(100, 6)
            print(a, len(a))
            print(a.pop(), a.pop(0), a)
            a.remove(7); print(a, a.index(2), a.count(1))
            b = a.copy(); b.reverse(); print(b, a)
            a.sort(); print(a)
            a.sort(reverse=True); print(a)
            words = ["banana", "Apple", "cherry", "apple"]
            print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
            print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
            print([1, 2] + [3], [1, 2] * 3, 3 * [0], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
            x = [1, 2]; x += (3, 4); x *= 2; print(x)
            print(list(range(5)), list("abc"), list({1: 2, 3: 4}), list())
            print(list(reversed([1, 2, 3])), 2 in [1, 2], 5 not in [1, 2])
            a = list(range(10)); del a[2]; del a[1:3]; print(a); a[0:2] = [100]; print(a)
            print(a[::2], a[-1], a[-3:])
            a.clear(); print(a)
            # tuples
            t = (1, 2, 3, 2)
            print(t.count(2), t.index(3), t + (4,), t * 2, (1,) * 0, tuple([1, 2]), tuple(), tuple("ab"))
            print((1, 2) < (1, 3), (1, 2) == (1, 2), len(t), 2 in t, t[1:3])
            print(hash((1, 2)) == hash((1, 2)))
            # dicts
            d = {'a': 1, 'b': 2}
            d['c'] = 3
            print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' in d)
            print(d.keys(), d.values(), d.items())
            print(list(d.keys()), list(d.values()), list(d.items()))
            print(d.pop('a'), d.pop('zz', None), d)
            d.update({'x': 9}, y=10); d.update([('q', 1)]); print(d)
            print(d.setdefault('b', 100), d.setdefault('n', 100), d)
            print(d.popitem(), d)
            print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, c=3), dict.fromkeys('ab', 0))
            e = d.copy(); e.clear(); print(e, d == d.copy(), {1: 2} == {1: 3})
            print({1: 'a'} | {2: 'b'})
            for k, v in {'x': 1, 'y': 2}.items():
                print(k, v)
            print(sorted({3: 1, 1: 2}), len({1: 2}.keys()), 1 in {1: 2}.keys(), (1, 2) in {1: 2}.items(), 2 in {1: 2}.values())
            dd = {}
            for w in "the quick the lazy the".split():
                dd[w] = dd.get(w, 0) + 1
            print(dd)
            print(list(reversed({1: 2, 3: 4})))
            # sets
            s = {1, 2, 3}
            s.add(4); s.discard(10); s.remove(1)
            print(s, len(s), 2 in s)
            print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1}.issubset([1, 2]), {1, 2}.isdisjoint({3}))
            print(set(), set([1, 1, 2]), frozenset([1, 2]), frozenset(), set("aab") == {"a", "b"})
            fs = frozenset([1, 2]); print(fs | {3}, hash(fs) == hash(frozenset([2, 1])))
            s2 = set(); s2.update([1], [2]); print(s2, s2.pop(), s2)
            print(sorted(s | {9}), sorted(s & {2, 3, 7}), sorted(s - {2}), sorted(s ^ {2, 99}))
            print(sorted(s.union([5])), sorted(s.symmetric_difference([2, 8])))

            """);
    }

    @Test
    public void strings() {
        PythonComparison.assertSameOutput("""
            s = "Hello, World"
            print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize(), "ß".casefold())
            print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"), s.count("l", 5))
            print(s.startswith("Hell"), s.endswith(("x", "ld")), s.startswith("World", 7))
            print(s.split(", "), "a b  c".split(), "a,b,,c".split(","), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
            print("  x  ".strip(), "xxhixx".strip("x"), "  x".lstrip(), "x  ".rstrip() + "|")
            print("-".join(["a", "b", "c"]), "".join(map(str, range(5))), ", ".join(("x",)))
            print(s.replace("l", "L"), s.replace("l", "L", 1))
            print("abc".center(9, "*"), "abc".ljust(6) + "|", "abc".rjust(6, "0"), "42".zfill(5), "-42".zfill(5))
            print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"))
            print("line1\\nline2\\r\\nline3".splitlines(), "a\\nb\\n".splitlines(True))
            print("123".isdigit(), "abc".isalpha(), "ab1".isalnum(), "  ".isspace(), "ABC".isupper(), "abc".islower(), "Hello World".istitle())
            print("x1".isidentifier(), "1x".isidentifier(), "abc".isascii(), "½".isnumeric(), "½".isdigit(), "3".isdecimal(), "\\t".isprintable())
            print("a\\tb".expandtabs(), "a\\tb".expandtabs(4))
            print("TestHook".removeprefix("Test"), "a.py".removesuffix(".py"))
            print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="x"), "{:>8.3f}|".format(3.14159))
            print("{:,}".format(1234567), "{:08.2f}".format(-3.5), "{!r:>6}".format("a"), "{0[1]}".format([5, 6]))
            print("%s is %d years" % ("Tom", 30), "%5.2f" % 3.14159, "%-5s|" % "ab", "%x %o %e" % (255, 8, 12345.678), "%%")
            print("%(a)s-%(b)s" % {"a": 1, "b": 2}, "%r" % "q", "%c" % 65)
            tbl = str.maketrans("abc", "xyz", "d")
            print("abcd".translate(tbl), tbl)
            print("héllo".encode(), "abc".encode("ascii"), len("héllo".encode("utf-8")))
            print(str(42), str(3.5), str([1, "a"]), str(None), str(True), str(), repr("it's"), repr('say "hi"'))
            print("abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::-1], "abc" * 2, 2 * "ab", "a" + "b")
            print("b" in "abc", "abc" < "abd", "a" == "a", len("héllo"), ord("é"), chr(233), ascii("héllo"))
            print(format(3.14159, ".2f"), format(42, "b"), format("x", "^5"), format(1234, ","))
            print(f"{s!r} {len(s):3d} {3.5:.1f}")
            for ch in "ab": print(ch)
            print(list(map(str.upper, ["a", "b"])), sorted("bca"), max("abc"), min("xyz"))
            print("a,b".split(","), "".split(), "".split(","), " a ".split(" "))
            print("Hello"[0:100], "x".join("abc"))
            print("%5s|%-5d|%05d" % ("ab", 3, 42))
            print("{:<10}|{:^10}|{:>10}".format("l", "c", "r"))
            print("{:+d} {: d} {:x} {:#x} {:#o} {:#b}".format(5, 5, 255, 255, 8, 5))
            print("{:.3}".format("abcdef"), "{:10.3}|".format("abcdef"))
            print("{:e}".format(0.000123), "{:g}".format(1e20), "{:%}".format(0.25))
            """);
    }

    @Test
    public void builtinFunctions() {
        PythonComparison.assertSameOutput("""
            print(abs(-5), abs(-2.5), abs(True), round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2), round(7.0))
            print(chr(65), ord("A"), hex(255), oct(8), bin(5), hex(-1), bin(0))
            print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("a", (int, (str,))), issubclass(bool, int), issubclass(int, (str, object)))
            print(min(3, 1, 2), max([1, 5, 3]), min("bca"), max([], default=0), min([3, 1], key=lambda x: -x), max(1, 2, key=lambda x: -x))
            print(sum([1, 2, 3]), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
            print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
            print(list(enumerate("ab", 1)), list(zip("ab", [1, 2, 3])), list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2, ""])))
            print(list(map(pow, [2, 3], [2, 2])), list(filter(lambda x: x > 1, [1, 2, 3])))
            print(sorted([3, 1, 2], reverse=True), list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))
            it = iter([1, 2]); print(next(it), next(it), next(it, "done"))
            print(callable(len), callable(1), callable(lambda: 0))
            print(int("42"), int("-0x1f", 16), int("0b101", 0), int(3.9), int(-3.9), int(True), int("  7  "), int("1_000"))
            print(float("1.5"), float("inf"), float("-nan"), float(3), float("  2e3 "), float(True))
            print(bool(0), bool([]), bool([0]), bool(""), bool("x"), bool(None), bool())
            print(str(1.0), str(1e100), repr(0.1 + 0.2), str(-0.0))
            print(range(10), range(1, 10, 2), len(range(0, 10, 3)), list(range(10, 0, -3)), 3 in range(5), range(5)[-1], range(0, 20, 2)[2:5])
            r = range(1, 10, 2); print(r.start, r.stop, r.step, r.index(5), r.count(5), range(3) == range(0, 3))
            print(type(1), type("a"), type([]), type(None), type(len), type(type))
            print(hash(1) == hash(1.0), hash("a") == hash("a"), id(1) == id(1))
            print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(1, "nope"), getattr(1, "nope", "dflt"))
            print(format(255, "x"), format(0.5, "%"), format("a", "*>3"))
            print(divmod(10**20, 7), 2**100, -(2**64) // 3, abs(-(2**70)))
            print(list(zip()), list(zip([1, 2])), dict(zip("ab", (1, 2))))
            print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 5]]))
            print(sorted([1.5, 1, True, 0.5]), sorted(["b", "A", "a"]))
            e = enumerate(["x"]); print(next(e))
            print(round(1.23456, 3), round(-1.5), round(0.5), round(1.5), round(10, 1), round(2.5, 0))
            print(int(1e20), int(-1.0e19), float(10**20), 10**20 / 3)
            print(repr(1e16), repr(1.5e-7), 1/3, 2/3, 1e22, 1e-5, 123456789.123)
            print(chr(0x1F600) == "\\U0001F600", len(chr(0x1F600)))
            print(max(range(5)), min(x * x for x in range(-3, 3)), sum(x for x in range(101)))
            """);
    }

    @Test
    public void modules() {
        PythonComparison.assertSameOutput("""
            import sys, time, math
            print(type(sys.argv), len(sys.argv) >= 1, sys.maxsize, sys.version_info[:2], sys.platform, sys.byteorder)
            print(sys.getrecursionlimit()); sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
            sys.stdout.write("written\\n")
            print("a", "b", sep="", end="!\\n", file=sys.stdout, flush=True)
            print(sys.implementation.name in ("cpython", "pyt"), sys.flags.optimize, sys.float_info.epsilon, sys.int_info.bits_per_digit)
            t0 = time.time(); p0 = time.perf_counter(); time.sleep(0.01); print(time.time() >= t0, time.perf_counter() - p0 > 0.005, type(time.time_ns()), time.monotonic() > 0)
            print(math.pi, math.e, math.tau, math.inf, math.nan)
            print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3), math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000))
            print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
            print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.factorial(25))
            print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.copysign(3, -0.0), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
            print(math.isclose(0.1 + 0.2, 0.3), math.floor(-0.5), math.ceil(10**20), math.log(10**400), math.frexp(8.0), math.modf(-2.5), math.fmod(7, -3))
            print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(0.5), math.erfc(0.5), math.expm1(1e-10), math.log1p(1e-10))
            print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.sinh(1), math.cosh(1), math.tanh(1))
            for f in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.sqrt("x")):
                try:
                    f()
                except Exception as e:
                    print(type(e).__name__, e)
            print(math.dist((0, 0), (3, 4)), math.ulp(1.0), math.nextafter(0, 1), math.ldexp(0.5, 2), math.remainder(5, 3))
            print(time.process_time() >= 0, time.thread_time() >= 0)
            """);
    }

    @Test
    public void userClassesThroughBuiltins() {
        PythonComparison.assertSameOutput("""
            class V:
                def __init__(self, x): self.x = x
                def __lt__(self, o): return self.x < o.x
                def __repr__(self): return f"V({self.x})"
                def __eq__(self, o): return isinstance(o, V) and self.x == o.x
                def __hash__(self): return hash(self.x)
                def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
                def __radd__(self, o): return V(self.x + o)
                def __abs__(self): return V(abs(self.x))
                def __round__(self, n=None): return V(round(self.x, n))
                def __int__(self): return int(self.x)
                def __float__(self): return float(self.x)
                def __index__(self): return int(self.x)
                def __format__(self, spec): return "V<" + format(self.x, spec) + ">"
                def __bool__(self): return self.x != 0
            vs = [V(3), V(1), V(2)]
            print(sorted(vs), min(vs), max(vs), sorted(vs, reverse=True), sum(vs), sum(vs, V(10)))
            print(abs(V(-4)), round(V(2.567), 1), int(V(7.9)), float(V(2)), hex(V(255)), "{:>5}".format(V(3)), format(V(1), "03d"))
            print(bool(V(0)), bool(V(5)), [1, 2, 3][V(1)], list(range(V(3))))
            print({V(1): "a"}[V(1)], V(1) in [V(0), V(1)], [V(1), V(2)].index(V(2)), [V(1), V(1)].count(V(1)))
            class Seq:
                def __len__(self): return 3
                def __getitem__(self, i):
                    if i >= 3: raise IndexError
                    return i * 10
            print(len(Seq()), list(Seq()), list(reversed(Seq())), 20 in Seq(), bool(Seq()))
            class It:
                def __init__(self): self.n = 0
                def __iter__(self): return self
                def __next__(self):
                    self.n += 1
                    if self.n > 3: raise StopIteration
                    return self.n
            print(list(It()), sum(It()), max(It()), sorted(It(), reverse=True), list(enumerate(It(), 5)), dict(zip("abc", It())))
            class R:
                def __reversed__(self): return iter([9, 8])
            print(list(reversed(R())))
            count = [0]
            def tick():
                count[0] += 1
                return count[0]
            print(list(iter(tick, 4)))
            print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(zip([1, 2], [3, 4], [5, 6])))
            try:
                list(zip([1, 2], [1], strict=True))
            except ValueError as e:
                print(e)
            try:
                list(zip([1], [1, 2], strict=True))
            except ValueError as e:
                print(e)
            class G:
                def __getattr__(self, name): return name.upper()
            print(G().foo, hasattr(G(), "bar"), getattr(G(), "baz"))
            print(isinstance(True, (int, str)), isinstance(V(1), V), issubclass(V, object), isinstance(V, type))
            import math
            print(math.floor(V(2.5)), math.sqrt(V(16)))
            print(max("apple", "pear", key=len), min([], default="none"), max([3, 1], default=0))
            print(divmod(V(7), 2) if False else divmod(7, V(2)) if False else "skip")
            print(sorted([[3, 1], [1, 2], [1, 1]]), sorted([(2, "b"), (1, "z")], key=lambda t: t[1]))
            print(list(filter(lambda v: v.x > 1, vs)))
            d = {}
            d.update(a=1)
            d |= {"b": 2}
            print(d, {**d, "c": 3})
            print(dict.fromkeys(range(3), []), {k: v for k, v in zip("ab", [1, 2])})
            print(str(V(1)), repr(V(2)), f"{V(5):>3}", "%s and %r" % (V(1), V(2)))
            """);
    }

    @Test
    public void errorMessages() {
        PythonComparison.assertSameOutput("""
            def t(f):
                try: print(repr(f()))
                except Exception as e: print(type(e).__name__ + ":", e)
            t(lambda: print("a", sep=1))
            t(lambda: print("a", end=2))
            t(lambda: sorted([1, 2], key=3))
            t(lambda: len(5))
            t(lambda: iter(5))
            t(lambda: next([]))
            t(lambda: int(None))
            t(lambda: int([1]))
            t(lambda: float("x"))
            t(lambda: float([]))
            t(lambda: chr(-1))
            t(lambda: chr(1.5))
            t(lambda: ord("ab"))
            t(lambda: ord(1))
            t(lambda: range(1.5))
            t(lambda: range(1, 2, 0))
            t(lambda: range())
            t(lambda: min())
            t(lambda: max([]))
            t(lambda: min(1))
            t(lambda: max(1, 2, default=3))
            t(lambda: sum(["a"]))
            t(lambda: sum([], ""))
            t(lambda: sum([1, "a"]))
            t(lambda: dict(1))
            t(lambda: dict([1, 2], [3]))
            t(lambda: {}.pop(1))
            t(lambda: [].index(1))
            t(lambda: "".join(1))
            t(lambda: abs("a"))
            t(lambda: round("a"))
            t(lambda: divmod("a", 1))
            t(lambda: divmod(1, 0))
            t(lambda: divmod(1.0, 0))
            t(lambda: pow("a", 2))
            t(lambda: pow(2, 3, 0))
            t(lambda: pow(2.0, 3, 4))
            t(lambda: pow(0, -1))
            t(lambda: isinstance(1, 1))
            t(lambda: issubclass(1, int))
            t(lambda: getattr(1, "zz"))
            t(lambda: int("12", 50))
            t(lambda: int(1.5, 10))
            t(lambda: int("1.5"))
            t(lambda: int(float("inf")))
            t(lambda: int(float("nan")))
            t(lambda: hex(1.5))
            t(lambda: set([[1]]))
            t(lambda: hash([]))
            t(lambda: hash({}))
            t(lambda: object.__new__(int))
            t(lambda: enumerate(1))
            t(lambda: map(len))
            t(lambda: filter(None, 1))
            t(lambda: list(map(len, [1])))
            t(lambda: reversed(5))
            t(lambda: reversed({1, 2}))
            t(lambda: [1, 2].sort(key=len))
            t(lambda: "abc".center(3, "xy"))
            t(lambda: "a" * -1)
            t(lambda: [1] * -1)
            t(lambda: [1, 2, 3][5:1])
            t(lambda: tuple(range(3))[::-1])
            t(lambda: "%d" % "x")
            t(lambda: "%s %s" % (1,))
            t(lambda: "{0} {2}".format(1, 2))
            t(lambda: "{x}".format())
            t(lambda: complex("abc"))
            t(lambda: bytes([256]))
            t(lambda: bytes("a"))
            t(lambda: b"abc".decode())
            t(lambda: str(b"\\xff", "utf-8"))
            t(lambda: b"ab" + b"c")
            t(lambda: list(b"ab"))
            t(lambda: bytes(3))
            t(lambda: "x".encode("utf-16"))
            t(lambda: vars(1))
            t(lambda: setattr(1, "a", 2))
            t(lambda: delattr(object(), "x"))
            t(lambda: iter(lambda: 1, 1).__next__())
            t(lambda: round(2.5, "a"))
            t(lambda: round(float("inf")))
            t(lambda: round(float("nan")))
            t(lambda: round(1e300, -300))
            t(lambda: round(123.456, -1))
            t(lambda: [].pop(1.0))
            """);
    }

    @Test
    public void protocols() {
        PythonComparison.assertSameOutput("""
            # generic object protocol through builtins
            class Node:
                __slots__ = ()
            class Counter:
                def __init__(self):
                    self.n = 0
                def __len__(self):
                    return self.n
                def __contains__(self, x):
                    return x == 42
                def __iter__(self):
                    return iter(range(self.n))
            c = Counter(); c.n = 3
            print(len(c), 42 in c, 1 in c, list(c), sorted(c, reverse=True), bool(c), any(c), all(c), sum(c), min(c), max(c))
            print(list(enumerate(c)), list(zip(c, c)), set(c) == {0, 1, 2}, tuple(c), dict.fromkeys(c))
            print(sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
            print(list(map(str, range(3))), "".join(reversed("abc")), list(filter(str.isdigit, "a1b2")))
            print(isinstance([], list), isinstance({}, dict), isinstance(set(), (set, frozenset)), isinstance(range(1), range), isinstance(print, type(len)))
            print(int("  -12  "), int("0o17", 0), int("ff", 16), int(b"12"), float(" -1.5e3 "), float("1_0.5"))
            print(round(0.1 + 0.2, 10), round(5), round(-2.5), round(2.675, 2), round(1e15 + 0.5))
            print(pow(10, -2), pow(-2, 3), pow(2, 0.5), 2 ** -1, pow(7, -1, 13))
            print(divmod(-7, -2), divmod(7, -2), divmod(-7.5, 2), divmod(0, 5))
            print(abs(-0.0), abs(-10**30), max(1, 2.5), min(True, 0), max("a", "B"), sorted([3, 1.5, 2]))
            print(sorted(["b", "a", "C"], key=str.casefold), sorted([(1, 2), (1,), ()]))
            s = "The quick brown fox"
            print(s.split(maxsplit=2), s.lower().count("o"), s.title().swapcase(), s[::2], s.find("q", 5), s.rindex("o"))
            print(" ".join(w.capitalize() for w in s.split()), s.startswith(("A", "T")), s.replace(" ", ""), len(s.encode()))
            print("%-10s|%+5d|%08.3f|%x" % ("hi", 42, 3.14159, 255), "{:*^11}".format("mid"), "{0:b} {0:o} {0:X}".format(42))
            print(repr(range(0, 5, 1)), range(1, 4) == range(1, 4, 1), hash(range(3)) == hash(range(0, 3)), list(reversed(range(2, 11, 3))))
            x = [5, 3, 8]
            x.sort(key=lambda v: -v); print(x)
            y = sorted(x); y.insert(1, 0); y.extend(range(2)); print(y, y.index(0), y.index(0, 2))
            z = [[0] * 3 for _ in range(2)]; z[0][1] = 5; print(z)
            print([1, [2, [3]]], str([1.0, "a", None, True]), repr((1,)), (), [()], {(): 1})
            print(sorted(set("hello")), sorted(frozenset({3, 1})), {1, 2} == frozenset({1, 2}), {1} | frozenset({2}) == {1, 2})
            """);
    }

    @Test
    public void exceptions() {
        PythonComparison.assertSameOutput("""
            try:
                raise ValueError("bad", 2)
            except ValueError as e:
                print(e, repr(e), e.args, str(e))
            try:
                {}["k"]
            except KeyError as e:
                print(e, repr(e), type(e).__name__)
            try:
                raise KeyError("k")
            except LookupError as e:
                print("lookup", e)
            e = Exception()
            print(repr(e), str(e), e.args)
            print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, StopIteration(5).value)
            class MyErr(Exception):
                pass
            try:
                raise MyErr("custom")
            except Exception as e:
                print(type(e).__name__, e, isinstance(e, MyErr), isinstance(e, Exception))
            class E2(ValueError):
                def __init__(self, x):
                    super().__init__("E2: " + str(x))
                    self.x = x
            try:
                raise E2(5)
            except ValueError as e:
                print(e, e.x, e.args)
            print(OSError(2, "No such file").errno, OSError(2, "No such file"))
            print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
            try:
                int("abc")
            except ValueError as e:
                print(e)
            try:
                [].pop()
            except IndexError as e:
                print(e)
            try:
                len(5)
            except TypeError as e:
                print(e)
            try:
                next(iter([]))
            except StopIteration as e:
                print("stop", repr(e))
            try:
                import nosuchmodule
            except ImportError as e:
                print(type(e).__name__, e)
            def f():
                return locals()
            def g(a, b=2):
                c = a + b
                return sorted(locals().items())
            print(f(), g(1))
            x = 5
            print("x" in globals(), globals()["x"])
            class P:
                def __init__(self):
                    self.a = 1
                    self.b = 2
            p = P()
            print(vars(p), sorted(k for k in dir(p) if not k.startswith("__")))
            print(getattr(p, "a"), hasattr(p, "c")); setattr(p, "c", 3); print(p.c); delattr(p, "c"); print(hasattr(p, "c"))
            print(isinstance(p, P), isinstance(p, object), isinstance(P, type))
            o = object()
            print(o == o, o != o, o.__ne__(o), hash(o) == hash(o))
            try:
                object(1)
            except TypeError as e:
                print(e)
            try:
                P(1)
            except TypeError as e:
                print(e)
            e = ValueError("x")
            e.add_note("note1")
            print(e.__notes__)
            print(e.with_traceback(None) is e)
            import sys
            try:
                sys.exit(4)
            except SystemExit as e:
                print("exit", e.code, e.args)
            try:
                exit("msg")
            except SystemExit as e:
                print("exit2", e.code)
            """);
    }
}
