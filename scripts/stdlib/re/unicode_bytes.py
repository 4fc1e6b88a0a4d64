# Unicode categories against ASCII ones, case folding, bytes patterns, astral positions.
import re

s = "héllo wörld 123 ١٢٣ ｆｕｌｌ\u00a0x\u2003y_z ß Ω"
print(re.findall(r"\w+", s))
print(re.findall(r"\w+", s, re.A))
print(re.findall(r"\d+", s), re.findall(r"\d+", s, re.A))
print(re.findall(r"\s", s), re.findall(r"\s", s, re.A), re.findall(r"\S+", "a\u3000b\x1cc"))
print(re.findall(r"[^\w\s]", "a.b,c!é?"), re.findall(r"\W", "aé_-"))
print(re.match(r"(?i)straße", "STRAßE"), re.findall("(?i)k", "Kk\u212a"), re.findall("(?i)s", "sSſ"))
print(re.findall(r"(?i)[a-c]+", "ABCabc"), re.findall(r"(?i)é", "ÉéE"), re.findall(r"(?ia)é", "Éé"))
print(re.search("😀+(.)", "xx😀😀y").span(), re.search("😀+(.)", "xx😀😀y").span(1))
m = re.search(r"(\w+)$", "emoji 😀 end")
print(m.span(), m.group(1), re.sub("😀", "<smile>", "a😀b😀"), re.split("😀", "a😀b"))
print(re.findall(".", "a😀b"), len(re.findall(".", "😀😀")), re.search("b", "😀😀b", 2))
print(re.match("[😀-😂]+", "😁😂x").span(), re.findall(r"[^😀]", "a😀b"))
print(re.findall(rb"\w+", b"ab c\xe9d"), re.findall(rb"(?i)ab", b"AB ab"), re.findall(rb"\d", b"1\xb2"))
print(re.match(rb"\x00\xff", b"\x00\xff"), re.sub(rb"\s+", b" ", b"a \t\n b"), re.findall(b".", b"a\nb"))
m = re.match(rb"(?P<k>\w+)=(\w*)", bytearray(b"key=val"))
print(m, m.group(1), m.groupdict(), type(m.string).__name__, m.expand(rb"\2\1"))
print(re.findall("(?u)\\w", "é"), re.compile("x").flags, re.compile(b"x").flags, re.compile("(?a)x").flags)
print(re.fullmatch(r"[\u0041-\u005a]+", "ABZ"), re.fullmatch(r"\N{LATIN SMALL LETTER A}+", "aa"))
print(re.findall(r"[-\w]", "a-b"), re.findall(r"[a-z&[^aeiou]]+", "hello&x]"))
