# A whole program compared with CPython's output (see the sidecar .out).
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry)

class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz, getattr(d, "nope", "dflt"))
try:
    d.nope
except AttributeError as e:
    print(e)

class Logged:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v)
    def __delattr__(self, k):
        print("del", k)
        super().__delattr__(k)
l = Logged(); l.a = 1; del l.a

class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
    @v.deleter
    def v(self): print("deleting"); del self._v
p = P(); p.v = 5; print(p.v); del p.v; print(hasattr(p, "_v"))

class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])

class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], bin(Idx()), range(10)[Idx()])

class BadLen:
    def __len__(self): return "x"
try:
    len(BadLen())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)

class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(e)

class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.c + o.c)
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __repr__(self): return f"Money({self.c})"
    def __format__(self, spec): return f"${self.c:{spec}}"
    def __str__(self): return f"${self.c}"
print(sum([Money(1), Money(2)]), f"{Money(3):>5}", str(Money(4)), [Money(5)], format(Money(6), "03"))
try:
    Money(1) + 1
except TypeError as e:
    print(e)

class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class Sub(Counter): pass
Sub.make(); Sub.make(); Counter.make()
print(Counter.count, Sub.count)

class Swap: pass
class Other:
    def hello(self): return "other"
s = Swap(); s.__class__ = Other
print(s.hello(), type(s).__name__)
print(repr(object())[:8], str(Swap)[:15])

class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
w = WithSlots()
print(w.a, hasattr(w, "b"))

class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), Cmp(1) > Cmp(0))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)

class Meta:
    def __call__(self, *a): return ("called", a)
    def __contains__(self, x): return x == 42
    def __iter__(self): yield from (1, 2)
    def __reversed__(self): return iter((2, 1))
    def __neg__(self): return "neg"
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
    def __getitem__(self, k): return ("item", k)
m = Meta()
print(m(1, 2), 42 in m, 41 in m, list(m), list(reversed(m)), -m, abs(m), ~m, m[1:2], m[1, 2], m[...])
