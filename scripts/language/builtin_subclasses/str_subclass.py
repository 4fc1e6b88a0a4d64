# A str subclass's instances are strs: methods return plain strs, and every builtin that
# takes a str takes one.
import os.path
import re


class MyStr(str):
    pass


s = MyStr("hello")
print(s, repr(s), type(s).__name__, s.upper(), type(s.upper()).__name__, len(s), list(s))
# expect: hello 'hello' MyStr HELLO str 5 ['h', 'e', 'l', 'l', 'o']
print(s + "!", "!" + s, type(s + "!").__name__, s * 2, s[1], s[1:3], type(s[1]).__name__)
# expect: hello! !hello str hellohello e el str
print(s == "hello", "hello" == s, s in "hello world", "ell" in s, s < "z", "a" < s)
# expect: True True True True True True
print({s: 1}["hello"], {"hello": 2}[s], s in {"hello"}, "hello" in {s}, sorted([MyStr("b"), "a"]))
# expect: 1 2 True True ['a', 'b']
print(s.startswith("he"), "hello".startswith(s), "hello".startswith((MyStr("x"), MyStr("h"))))
# expect: True True True
print("-".join([s, s]), ",".join(MyStr(c) for c in "ab"), MyStr(",").join(["a", "b"]))
# expect: hello-hello a,b a,b
print(s.replace("l", "L"), "hello".replace(MyStr("l"), MyStr("L")), s.split("l"), s.find(MyStr("l")))
# expect: heLLo heLLo ['he', '', 'o'] 2
print("%s!" % s, "%r" % s, f"{s}", f"{s:>8}", f"{s!r}", "{}|{:^7}".format(s, s), format(s, "<6") + "|")
# expect: hello! 'hello' hello    hello 'hello' hello| hello  hello |
print(str(s), type(str(s)).__name__, s.__str__(), type(s.__str__()).__name__, s.encode(), s.title())
# expect: hello str hello str b'hello' Hello
print(int(MyStr("42")), float(MyStr("1.5")), complex(MyStr("1+2j")), ord(MyStr("a")), getattr(s, MyStr("upper"))())
# expect: 42 1.5 (1+2j) 97 HELLO
print(os.path.join(MyStr("a"), MyStr("b")), re.sub(MyStr("l+"), MyStr("L"), s), re.match(MyStr("h"), s).group())
# expect: a/b heLo h
print(MyStr(), MyStr(42), MyStr(b"ab", "ascii"), MyStr([1, 2]), isinstance(MyStr(), str))
# expect:  42 ab [1, 2] True
d = {}
d[MyStr("k")] = 1
d["k"] += 1
print(d, type(list(d)[0]).__name__)  # expect: {'k': 2} MyStr


def kw(**options):
    return options


print(kw(**{MyStr("a"): 1}), dict(**{MyStr("b"): 2}))  # expect: {'a': 1} {'b': 2}


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def shout(self):
        return self + "!"


u = Upper("abc")
print(u, u.shout(), type(u.shout()).__name__, u.lower(), Upper("x") == "X")
# expect: ABC ABC! str abc True
try:
    s + 1
except TypeError as e:
    print(e)
# expect: can only concatenate str (not "int") to str
try:
    1 in s
except TypeError as e:
    print(e)
# expect: 'in <string>' requires string as left operand, not int
