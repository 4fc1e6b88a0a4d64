# list, dict, set, frozenset, tuple and the collections types subclassed: inherited
# operations return the builtin type, __init__/__new__ and super() work.
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple


class D(dict):
    def __missing__(self, key):
        return key.upper()


d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d, type(d.copy()).__name__, type(d | {"b": 2}).__name__)
# expect: 1 ZZ None False {'a': 1} dict dict


class L(list):
    def __init__(self, items):
        super().__init__(x * 2 for x in items)


lst = L([1, 2])
print(lst, type(lst + [3]).__name__, type(lst[:1]).__name__, type(lst * 2).__name__, lst == [2, 4])
# expect: [2, 4] list list list True
print(type(lst.copy()).__name__, lst.__dict__, sorted(L([3, 1])), L([1]) + L([2]))
# expect: list {} [2, 6] [2, 4]


class S(set):
    pass


s = S([1, 2])
print(sorted(s), type(s | {3}).__name__, type(s.union({3})).__name__, type(s.copy()).__name__, s == {1, 2})
# expect: [1, 2] set set set True


class FS(frozenset):
    pass


print(type(FS([1]) | {2}).__name__, hash(FS([1])) == hash(frozenset([1])), FS([1]) == {1})
# expect: frozenset True True


class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = P(1, 2)
print(p, p.x, type(p).__name__, p + (3,), type(p + (3,)).__name__, len(p), p == (1, 2), type(p[1:]).__name__)
# expect: (1, 2) 1 P (1, 2, 3) tuple 2 True tuple
print(hash(p) == hash((1, 2)), p.count(1), P(3, 4) > p, repr(P(5, 6)))  # expect: True 1 True (5, 6)


class MyCounter(Counter):
    pass


c = MyCounter("aab")
print(c, c.most_common(1), type(c + c).__name__)
# expect: MyCounter({'a': 2, 'b': 1}) [('a', 2)] Counter


class MyDeque(deque):
    def peek(self):
        return self[0]


q = MyDeque([1, 2])
q.append(3)
print(q, q.peek(), len(q))  # expect: MyDeque([1, 2, 3]) 1 3


class Pt(namedtuple("Pt", "x y")):
    __slots__ = ()

    def __str__(self):
        return f"({self.x}, {self.y})"


print(Pt(1, 2), repr(Pt(1, 2)), Pt(1, 2)._replace(x=5), Pt._fields)
# expect: (1, 2) Pt(x=1, y=2) (5, 2) ('x', 'y')


class DD(defaultdict):
    pass


dd = DD(int)
dd["a"] += 1
print(dd, type(dd).__name__)  # expect: DD(<class 'int'>, {'a': 1}) DD


class OD(OrderedDict):
    pass


od = OD(b=1, a=2)
od.move_to_end("b")
print(od, list(od), od.popitem(last=False))  # expect: OD([('b', 1)]) ['a', 'b'] ('a', 2)
