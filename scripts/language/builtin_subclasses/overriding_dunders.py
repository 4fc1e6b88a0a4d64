# A subclass's own dunders win over the builtin's, in operators, builtins and formatting.
import json


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

    def __repr__(self):
        return f"Money({int(self)})"

    def __str__(self):
        return f"${int(self)}"


m = Money(5)
print(m + 1, 1 + m, type(1 + m).__name__, m - 1, type(m - 1).__name__, repr(m), str(m))
# expect: $6 $6 Money 4 int Money(5) $5
print(f"{m}", f"{m:d}", "%s %d %r" % (m, m, m), "{} {!r} {:>4}".format(m, m, m), [m])
# expect: $5 5 $5 5 Money(5) $5 Money(5)    5 [Money(5)]
print(json.dumps(m), json.dumps([m, {"k": m}]), int("5") + Money(1), Money(3) * 2)
# expect: 5 [5, {"k": 5}] $6 6


class Tag(str):
    def __repr__(self):
        return "Tag(" + str.__repr__(self) + ")"

    def __len__(self):
        return 99

    def __getitem__(self, i):
        return "item"

    def __iter__(self):
        return iter(["x", "y"])

    def __contains__(self, x):
        return x == "magic"


t = Tag("abc")
print(t, repr(t), len(t), t[0], list(t), "".join(t), "magic" in t, "a" in t, t.upper())
# expect: abc Tag('abc') 99 item ['x', 'y'] xy True False ABC
print(t.find("b"), t == "abc", f"{t!r}", json.dumps(t), json.dumps({t: 1}), str(t))
# expect: 1 True Tag('abc') "abc" {"abc": 1} abc


class Truthy(int):
    def __bool__(self):
        return True


print(bool(Truthy(0)), not Truthy(0), "yes" if Truthy(0) else "no", Truthy(0) == 0)
# expect: True False yes True


class Reversed(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


print(sorted([Reversed("a"), Reversed("c"), Reversed("b")]), min(Reversed("a"), Reversed("b")))
# expect: ['c', 'b', 'a'] b
print(str.__gt__("c", "a"), str.__ge__("c", "a"), "c".__gt__("a"), b"c".__gt__(b"a"))
# expect: True True True True


class Unhashable(str):
    def __eq__(self, other):
        return True


try:
    hash(Unhashable("a"))
except TypeError as e:
    print(e)
# expect: unhashable type: 'Unhashable'


class Celsius(float):
    def __new__(cls, value, unit="C"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __repr__(self):
        return f"{float(self)}°{self.unit}"


c = Celsius(21.5)
print(c, repr(c), c + 1, [c], str(c), f"{c}", c.unit, Celsius(1, "F"))
# expect: 21.5°C 21.5°C 22.5 [21.5°C] 21.5°C 21.5°C C 1.0°F


class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)


p = Path("a") / "b" / "c"
print(p, type(p).__name__, p.split("/"), p.startswith(Path("a")))
# expect: a/b/c Path ['a', 'b', 'c'] True
