# collections.abc's classes are ABCs: abstract methods are enforced, and the mixin
# methods come from the few a subclass defines.
import collections.abc as cabc
from abc import ABCMeta

print(type(cabc.Iterable) is ABCMeta, sorted(cabc.Mapping.__abstractmethods__))
# expect: True ['__getitem__', '__iter__', '__len__']
print(sorted(cabc.MutableSequence.__abstractmethods__))
# expect: ['__delitem__', '__getitem__', '__len__', '__setitem__', 'insert']
for cls in (cabc.Iterable, cabc.Sized, cabc.MutableMapping):
    try:
        cls()
    except TypeError as e:
        print(e)
# expect: Can't instantiate abstract class Iterable with abstract method __iter__
# expect: Can't instantiate abstract class Sized with abstract method __len__
# expect: Can't instantiate abstract class MutableMapping with abstract methods __delitem__, __getitem__, __iter__, __len__, __setitem__


class Half(cabc.Mapping):
    def __getitem__(self, key):
        return key


try:
    Half()
except TypeError as e:
    print(e)
# expect: Can't instantiate abstract class Half with abstract methods __iter__, __len__


class Squares(cabc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


s = Squares(5)
print(list(s), 9 in s, s.index(9), s.count(4), list(reversed(s)))
# expect: [0, 1, 4, 9, 16] True 3 1 [16, 9, 4, 1, 0]
print(isinstance(s, cabc.Reversible), isinstance(s, cabc.Collection))  # expect: True True


class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, Bag([2]) < a)
# expect: [1, 2, 3, 4] [2, 3] [1] [1, 4] False True
print(a == Bag([3, 2, 1]), a.isdisjoint([9]), type(a | b).__name__)  # expect: True True Bag
a |= [7]
a -= [1]
print(sorted(a), a.pop() in (2, 3, 7), len(a))  # expect: [2, 3, 7] True 2


class Registry(cabc.MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


r = Registry()
r.update({"a": 1}, b=2)
print(r.setdefault("c", 3), r.pop("a"), r.get("zz", 0), sorted(r.items()), list(r.keys()))
# expect: 3 1 0 [('b', 2), ('c', 3)] ['b', 'c']
print("b" in r, r == {"b": 2, "c": 3}, r.popitem(), len(r))  # expect: True True ('b', 2) 1
print(isinstance(r.keys(), cabc.KeysView), isinstance({}.keys(), cabc.KeysView))  # expect: True True
print(repr(r.values())[:11], sorted(r.keys() | {"x"}))  # expect: ValuesView( ['c', 'x']

# Structural checks on builtin types, and None blocking a method.
class NoHash:
    __hash__ = None


print(isinstance(NoHash(), cabc.Hashable), isinstance(len, cabc.Callable))  # expect: False True
print(isinstance(print, cabc.Callable), isinstance(list.append, cabc.Callable))  # expect: True True
print(isinstance(lambda: 0, cabc.Callable), isinstance(type, cabc.Callable))  # expect: True True
print(issubclass(dict, cabc.Mapping), issubclass(dict, cabc.Sized), issubclass(bytes, cabc.ByteString))
# expect: True True True
print(issubclass(str, cabc.MutableSequence), issubclass(range, cabc.Sequence))  # expect: False True
print(cabc.Iterable[int], cabc.Callable[[int, str], bool], cabc.Callable[..., None])
# expect: collections.abc.Iterable[int] collections.abc.Callable[[int, str], bool] collections.abc.Callable[..., None]
print(cabc.Mapping[str, list[int]], cabc.Callable[[int], str].__args__)
# expect: collections.abc.Mapping[str, list[int]] (<class 'int'>, <class 'str'>)
