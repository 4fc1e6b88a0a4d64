# Pattern syntax: escapes, sets, groups, inline flags, verbose mode, assertions, conditionals.
import re


def show(pattern, subject, flags=0):
    m = re.search(pattern, subject, flags)
    print(repr(pattern), repr(subject), None if m is None else (m.span(), m.groups()))


for p, s in [(r"\x41\u00e9\U0001F600\N{EM DASH}", "Aé😀—"), (r"\101\0\07", "A\x00\x07"),
             (r"\012", "\n"), (r"[\x41-\x43]+", "ABCD"), (r"\a\f\v\t", "\a\f\v\t"),
             (r"[\b]", "\b"), (r"\.\*\+\?\{\}\[\]\(\)\|\^\$\\", ".*+?{}[]()|^$\\"),
             (r"\-\ \#\&\~\'\"\%\,\/\:\;\<\=\>\@\`\!", "- #&~'\"%,/:;<=>@`!")]:
    show(p, s)
for p, s in [("[]a]+", "]a]"), ("[^]a]+", "xy]"), ("[a-]+", "a-a"), ("[-a]+", "-a"),
             ("[a\\-z]+", "a-z"), (r"[\]]", "]"), 
             ("[\\w.-]+@[\\w.-]+", "mail: a.b-c@ex-ample.org!"), ("[^\\W\\d_]+", "ab1_cd"),
             ("[\\s\\S]+", "a\nb"), (r"[\D]", "1a"), ("[.]", "a."), ("[$^]+", "^$")]:
    show(p, s)
for p, s in [(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"), (r"(a)\1{2}", "aaa"),
             (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\""), (r"(?P<w>\w)(?P=w)", "abccd"),
             (r"(a)|b", "b"), (r"(?:(a)|(b))+", "ab"), (r"(a)?(?(1)b|c)", "ac"),
             (r"(?P<x>a)?(?(x)b|c)", "xab"), (r"^(<)?\w+(?(1)>)$", "<tag>"),
             (r"^(<)?\w+(?(1)>)$", "<tag"), (r"(?<=\$)\d+", "cost $42"), (r"(?<!\$)\b\d+", "$4 5"),
             (r"\w+(?=,)", "a, b"), (r"\w+(?!,)\b", "a, b"), (r"(?>a+)b", "aaab"),
             (r"a++b", "aab"), (r"a{2}?", "aaa"), (r"a{,2}", "aaa"), (r"a{2,}?", "aaaa"),
             ("x{", "x{"), ("x{1", "x{1"), ("x{a}", "x{a}"), ("x{}", "x{}"), ("{", "{")]:
    show(p, s)
for p, s, f in [("ab", "AB", re.I), ("(?i)ab", "aB", 0), ("a(?i:b)c", "aBc", 0),
                ("a(?i:b)c", "aBC", 0), ("(?i)a(?-i:b)", "Ab", 0), ("(?i)a(?-i:b)", "AB", 0),
                ("^b", "a\nb", re.M), ("a$", "a\nb", re.M), ("a.b", "a\nb", re.S),
                ("(?s:a.b)|x", "a\nb", 0), ("(?m)^x", "a\nx", 0), (".", "\n", 0),
                ("a$", "a\n", 0), ("a\\Z", "a\n", 0), ("\\Aa", "ba", 0), ("$", "a\n\n", 0),
                ("(?a)\\w+", "éa", 0), ("\\w+", "éa", re.A), ("(?a:\\w)+", "aé", 0)]:
    show(p, s, f)

verbose = re.compile(r"""
    (?P<int> \d+ )      # the integer part
    (?: \. (?P<frac> \d+ ) )?   # an optional fraction
    [ ] units           # a space in a set is kept
    \#                  # an escaped hash
""", re.X)
print(verbose.match("12.5 units#").groupdict(), verbose.match("7 units#").groups())
print(re.match(r"(?x) a b c # comment", "abc").group(), re.match("(?x)[a b]+", "a b").group())
print(re.findall(r"(?#a comment)x", "xx"), re.findall(r"(?x)a#x\nb", "ab"))
print(re.findall(r"\bfoo\b", "foo foobar (foo) _foo"), re.findall(r"\Bo\B", "foo boo"))
print(re.split(r"\b", "one two"), re.findall(r"\B", "ab"), re.search(r"\B", ""), re.search(r"\b", ""))
print(re.match(r"(?i)[a-z]+", "ÀÉÎ"), re.match(r"(?i)[à-ÿ]+", "ÀÉÎ").group(), re.match("(?i)ǅ", "ǆ"))
