# Patterns and templates that do not compile: CPython's messages, positions and types.
import re

patterns = [
    "(", ")", "a)", "(a", "[a", "[", "[]", "[^]", "a**", "a*+*", "*a", "+", "?", "{1}a" "x{2}{3}",
    r"\q", r"\x", r"\x4", r"\u12", r"\U0001234", r"\N", r"\N{", r"\N{NO SUCH NAME}",
    r"\777", "a{2,1}", "(?P<1>a)", "(?P<a-b>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P=)",
    "(?P<a>x)(?P=a", "(?Px)", "(?<x)", "(?<=a+)b", "(?<!a|bc)x", "(?i", "(?z)", "(?i-i:a)",
    "(?-i)", "a(?i)b", "(?x)a(?i)b", "(?#comment", "(?(1)a|b)", "(a)(?(2)a|b)", "(a)(?(1)a|b|c)",
    "(?(x)a)", "(?(0)a)", "(?(-1)a)", r"(a)\2", r"(a\1)", r"\8", "(?u)", "[z-a]", r"[\d-z]",
    r"[a-\w]", "a{99999999999}", "(?L)a", "(?au)x", "(?-a:x)", "x\\", "(?P", "(?", "(?<",
    "a\n(", "ab\ncd)", "(?=a)*", "^*", r"\b+", "(?<=(a)\\1)b", "(?>)", "a{,}", "a{1,2,3}",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiles")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), "->", type(e).__name__, e)

for p, flags in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.A | re.L)]:
    try:
        re.compile(p, flags)
    except ValueError as e:
        print("ValueError", e)
for bad in (1, None, ["a"]):
    try:
        re.compile(bad)
    except TypeError as e:
        print("TypeError", e)

templates = [r"\q", r"\g", r"\g<", r"\g<x", r"\g<>", r"\g<1a>", r"\g<2>", r"\3", r"\g<nope>",
             "\\", r"\400", r"\g<-1>"]
for t in templates:
    try:
        print(repr(t), repr(re.sub("(a)", t, "a")))
    except re.error as e:
        print(repr(t), "->", e, e.pos)
    except IndexError as e:
        print(repr(t), "-> IndexError", e)

for f in (lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 3),
          lambda: re.sub("a", 3, "a"), lambda: re.sub("a", lambda m: 1, "xa"),
          lambda: re.sub(b"a", lambda m: "s", b"a"), lambda: re.sub("a", b"x", "a"),
          lambda: re.split("a", "bab", maxsplit="2"), lambda: re.Pattern(), lambda: re.Match()):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile("(?P<n>a)|b").match("b").group("n", "zz")
except IndexError as e:
    print("IndexError", e)
err = re.error("plain")
print(err, err.msg, err.pattern, err.pos, err.lineno)
err = re.error("msg", b"ab\ncd", 4)
print(err, err.lineno, err.colno)
