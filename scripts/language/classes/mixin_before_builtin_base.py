# A mixin listed before a builtin base: the instance is still a dict (the layout comes from
# the most derived builtin base), and super() in the mixin reaches the builtin's methods.
from collections import OrderedDict, defaultdict, Counter


class LoggingMixin:
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


class LoggedOD(LoggingMixin, OrderedDict):
    pass


d = LoggedOD()
d["a"] = 1  # expect: set a
d["b"] = 2  # expect: set b
print(d, list(d), isinstance(d, dict), LoggedOD.__base__.__name__)
# expect: LoggedOD([('a', 1), ('b', 2)]) ['a', 'b'] True OrderedDict


class LoggedDict(LoggingMixin, dict):
    pass


e = LoggedDict(x=1)
e["y"] = 2  # expect: set y
print(e, LoggedDict.__base__ is dict)  # expect: {'x': 1, 'y': 2} True


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.cap:
            del self[next(iter(self))]


c = LRU(2)
c["a"] = 1
c["b"] = 2
c["a"]
c["c"] = 3
print(c)  # expect: LRU([('a', 1), ('c', 3)])


class Tracing(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)


dd = Tracing(list)
dd["x"].append(1)  # expect: missing x
print(dd)  # expect: Tracing(<class 'list'>, {'x': [1]})


class Tens(Counter):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


print(Tens("aab"))  # expect: Tens({'a': 110, 'b': 10})


class ListMixin:
    def append(self, x):
        super().append(x * 2)


class Doubling(ListMixin, list):
    pass


lst = Doubling([1])
lst.append(5)
print(lst, type(lst).__mro__[-2:])  # expect: [1, 10] (<class 'list'>, <class 'object'>)
