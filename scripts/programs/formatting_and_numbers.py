# A whole program compared with CPython's output (see the sidecar .out).
import math
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print(f"{'name':<10}|{'qty':>5}|{'price':^9}|")
for n, q, p in rows:
    print(f"{n:<10}|{q:>5d}|{p:^9.2f}|{q*p:>10,.3f}|{q:#06x}|{q:b}|{q:o}|{p:e}|{p:g}|{p:%}")
print("%s has %d items costing %5.2f (%r) %-8s| %x %X %o %%" % ("cart", 3, 3.14159, "x", "left", 255, 255, 8))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:>8}".format("r"), "{:*^11}".format("mid"))
print("{0!r} {0!s} {1:+d} {2: d} {3:,}".format("s", 5, 7, 1234567))
value = 12.3456
print(f"{value=}", f"{value=:.2f}", f"{value!r:>12}", f"{'nested ' + str(len('abc'))}")
print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789.0:g} {0.1+0.2} {1/3} {2/3:.10f} {1e16} {1.5e-7} {float('inf')} {-0.0}")
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.125, 2))
print(str(1e100), repr(1.1), 1e22, 1e21, 123456789012345678.0, 5e-324, 2**0.5)
print(int("0x1f", 16), int("  42  "), int("1_000"), float("1e3"), float(" -inf "), int(-3.9), int(3.9))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, 2), (-7.5) % 2, 2 ** -2, (-8) ** (1/3) if False else "", pow(3, 4, 5), pow(2, -1, 5))
print(10 / 4, 10 // 4, 10.0 // 4, 1 / 3 * 3, 0.1 * 3, 1e308 * 10, -1e308 * 10, math.pi, math.e, math.sqrt(2), math.floor(-2.5), math.ceil(2.1))
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), chr(65), ord("é"), ascii("é"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\x00\u1234"))
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, 1 == 1.0, True + True, 7 & 3, 7 | 8, 7 ^ 2, ~5, 1 << 70, -(2**63) >> 3, 0 or "default", "" and 1, None or 0 or [])
big = 2 ** 200
print(big, big // 3, big % 1000007, -big, big * big > big, len(str(big)), hash(-1), hash(1.5), hash(2**61), hash(-2**61 - 5))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True), max("abc", "zz", key=len), min([], default="empty"))
s = "  Hello, World!  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", s.split(","), s.split(), "a,b,,c".split(","), "a b  c".split(" "), "x".join("abc"), s.upper(), s.lower(), s.title(), "hello world".capitalize(), s.swapcase())
print("abc".center(9, "*"), "abc".ljust(6) + "|", "abc".rjust(6), "42".zfill(5), "-42".zfill(6), "hello".replace("l", "L", 1), "banana".count("a"), "banana".find("n"), "banana".rfind("n"), "banana".index("an"))
print("12".isdigit(), "ab".isalpha(), " \t".isspace(), "Ab".isupper(), "abc".islower(), "Title Case".istitle(), "abc123".isalnum(), "a-b-c".partition("-"), "a-b-c".rpartition("-"), "l1\nl2\r\nl3".splitlines(), "l1\nl2\n".splitlines(True))
print("héllo".encode(), "héllo".encode("latin-1"), b"abc".decode(), b"hello"[1:3], b"ab" + b"cd", b"a" in b"abc", len(b"\x00\xff"), bytes([65, 66]), bytearray(b"xy"), b"A".lower(), list(b"hi"), bytes(3), b"%d-%s" % (5, b"x"))
print("Python"[::-1], "Python"[1:4], "Python"[-3:], "Python"[::2], [1, 2, 3, 4, 5][1::2], [1, 2, 3][::-1], (1, 2, 3)[-1:], list(range(10))[2:8:3], "abc"[5:], "abc"[-10:2])
