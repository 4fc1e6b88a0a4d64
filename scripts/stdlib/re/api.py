# The Pattern and Match objects: attributes, reprs, group access, iteration, the cache.
import re

p = re.compile(r"(?P<key>\w+)=(?P<value>\d*)(;)?")
print(p, p.pattern, p.flags, p.groups, p.groupindex, sorted(p.groupindex.items()))
print(type(p), type(p).__name__, type(p).__module__, isinstance(p, re.Pattern))
m = p.search("  a=1; bb=22")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(1, "key", 3))
print(m[0], m["key"], m[3], m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(3), m.end("value"), m.span(2), m.regs)
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m.expand(r"\g<value>:\1 [\g<0>] \\n"), repr(m.expand(r"\n\t")))
print(bool(m), type(m).__name__, m.__copy__() is m, p.__deepcopy__({}) is p)
for bad in (4, "nope", -1, 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(m.group(True), m.span(False))

m2 = p.search("k=")
print(m2.groups(), m2.lastindex, m2.lastgroup, m2.span(3), m2.group(3))

print([x.group() for x in p.finditer("a=1 b=2; c=")])
it = p.finditer("x=1")
print(iter(it) is it, next(it).span(), next(it, "done"))
print(p.match("a=1;", 0, 2), p.match("a=1;", 0, 3), p.fullmatch("a=1;"), p.fullmatch("a=1;", 0, 3))
print(p.search("zz a=1", pos=3), p.search("zz a=1", 10), p.search("a=1", -5, 100))
print(p.findall("a=1; b=; c=3"), re.findall(r"\d", "a1b2", ), re.findall(r"(\d)(x)?", "1x2"))
print(p.search(string="q=9"), re.compile("a").match(string="a", pos=0, endpos=1))

print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I),
      hash(re.compile("x")) == hash(re.compile("x")), re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
print(re.compile("x" * 250))
print(repr(re.compile("a\nb", re.M | re.X)), re.compile(b"\xff", re.I | re.L))
re.purge()
print(re.match("a", "a") is not None, re.search("(?i)A", "xa").span())

lexicon = re.Scanner([
    (r"[0-9]+(\.[0-9]+)?", lambda s, t: ("num", float(t))),
    (r"[a-z_]\w*", lambda s, t: ("name", t)),
    (r"[-+*/=]", lambda s, t: ("op", t)),
    (r"\s+", None),
])
print(lexicon.scan("x = 3.5 * y2 + 10 ?"))
print(re.escape("1+1=2? [yes] {no} a.b|c^d$e\\f\n"), re.escape(b"a.b\x00"), re.escape("été_ok"))
for name in ("I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE", "A", "ASCII",
             "U", "UNICODE", "L", "LOCALE", "NOFLAG"):
    print(name, int(getattr(re, name)), end="; ")
print()
print(re.I | re.M == 10, re.error.__module__, issubclass(re.error, Exception))
