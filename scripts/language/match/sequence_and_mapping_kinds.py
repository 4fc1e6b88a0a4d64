# match (PEP 634): sequence and mapping kinds.
import collections.abc
from collections import deque, OrderedDict, defaultdict, namedtuple, Counter

def kind(x):
    match x:
        case {"a": 1, **rest}:
            return "mapping a " + repr(rest)
        case [*_]:
            return "sequence"
        case {}:
            return "mapping"
        case _:
            return "other"

class MySeq(collections.abc.Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        print("getitem", i)
        return self.items[i]

class MyMap(collections.abc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)

class NotSeq:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError

for v in [deque([1, 2]), OrderedDict(a=1, b=2), defaultdict(int, a=1), Counter("ab"), "str", b"b",
          bytearray(b"x"), memoryview(b"ab") if False else (), MySeq(1, 2), MyMap(a=1, z=2), NotSeq(),
          {1, 2}, frozenset(), range(0)]:
    print(type(v).__name__, kind(v))

match MySeq(1, 2, 3):
    case [a, *_, c]:
        print("ends", a, c)
match MySeq(1, 2, 3):
    case [a, *rest]:
        print("rest", a, rest)

P = namedtuple("P", "x y")
match P(1, 2):
    case P(x, y):
        print("namedtuple", x, y)
    
d = defaultdict(list)
match d:
    case {"missing": _}:
        print("bad")
    case _:
        print("defaultdict untouched", dict(d))

class WithGet(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
match WithGet(a=1):
    case {"a": v}:
        print("via get", v)

for v in [True, 1, 1.0, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset([1]), bytearray(b"z")]:
    match v:
        case bool(x):
            print("bool", x)
        case int(x):
            print("int", x)
        case float(x):
            print("float", x)
        case str(x) | bytes(x):
            print("text", x)
        case list(x) | tuple(x):
            print("seq", x)
        case dict(x):
            print("dict", x)
        case set(x) | frozenset(x):
            print("set", x)
        case bytearray(x):
            print("ba", x)


class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")

class A:
    x = 1
match A():
    case A(y=1):
        print("no")
    case A(x=1):
        print("attr x")

match 1.0:
    case 1:
        print("1.0 == 1")
match 1:
    case True:
        print("bad")
    case 1:
        print("1 is not True")
match 0:
    case False:
        print("bad")
    case _:
        print("0 is not False")
match "a":
    case "a" | "b" as letter:
        print("letter", letter)
