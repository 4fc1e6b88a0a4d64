# subgroup(), split() and derive(): matching by type, tuple or predicate, nested structure kept.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [TypeError(5)])]),
])

print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup((KeyError, TypeError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(OSError))
print(eg.subgroup(Exception) is eg)
print(eg.subgroup(lambda e: e is eg) is eg)
match, rest = eg.split(TypeError)
print(repr(match))
print(repr(rest))
print(eg.split(BaseException)[0] is eg, eg.split(BaseException)[1])
print(eg.split(LookupError))

d = eg.derive([ZeroDivisionError()])
print(type(d).__name__, repr(d), d.message)
print(repr(eg.derive([KeyboardInterrupt()])))

for bad in (1, "x", (ValueError, 1), [ValueError], int):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split:", e)
    try:
        eg.subgroup(bad)
    except TypeError as e:
        print("subgroup:", e)

# The parts share the original's chaining and copy its notes.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("noted", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    g = caught
g.add_note("a note")
part = g.subgroup(ValueError)
print(repr(part.__cause__), repr(part.__context__), part.__notes__, part.__notes__ is g.__notes__)
part.add_note("only on the part")
print(g.__notes__, part.__notes__)
print(getattr(g.derive([ValueError()]), "__notes__", "no notes on derive"))


class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def derive(self, excs):
        return Coded(self.message, excs, self.code)


c = Coded("coded", [ValueError(1), TypeError(2)], 42)
print(repr(c), c.args, c.code)
m, r = c.split(ValueError)
print(type(m).__name__, repr(m), m.code, type(r).__name__, r.code)


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
print(repr(p), type(p.subgroup(ValueError)).__name__)
try:
    Plain("plain", [KeyboardInterrupt()])
except TypeError as e:
    print(e)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 1


try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)
