# A whole program compared with CPython's output (see the sidecar .out).
class Animal:
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        return isinstance(other, Animal) and self.name == other.name
    def __hash__(self):
        return hash(self.name)

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
    def speak(self):
        base = super().speak()
        return base.upper()

class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def describe():
        return "a temperature"
    @classmethod
    def boiling(cls):
        return cls(100)

d = Dog("rex")
a = Animal("cat", "meow")
print(d.speak(), a.speak(), Animal.count)
print(d, [d, a], {d: 1})
print(d == Dog("rex"), d != a, d is d)
t = Temperature.boiling()
print(t.celsius, t.fahrenheit, Temperature.describe())
t.celsius = 37.5
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e, repr(e), e.args)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)
print(isinstance(d, Animal), issubclass(Dog, (int, Animal)), type(d).__name__, Dog.__mro__)
print(getattr(d, "name"), getattr(d, "missing", "default"), hasattr(d, "sound"))
setattr(d, "age", 3); print(d.age); delattr(d, "age"); print(hasattr(d, "age"))
try:
    d.age
except AttributeError as e:
    print(e)

class Vector:
    def __init__(self, *c): self.c = list(c)
    def __add__(self, o): return Vector(*[a + b for a, b in zip(self.c, o.c)])
    def __mul__(self, k): return Vector(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __contains__(self, v): return v in self.c
    def __iter__(self): return iter(self.c)
    def __bool__(self): return any(self.c)
    def __lt__(self, o): return sum(self.c) < sum(o.c)
    def __call__(self, x): return [x * a for a in self.c]
    def __repr__(self): return f"Vector{tuple(self.c)}"
v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v * 2, 3 * v, -v, len(v), v[1], v[-1], 2 in v, list(v), bool(Vector(0, 0)))
v[0] = 10; print(v, v < w, sorted([w, v]), v(2), max(v, w))
print(v[0:2])
try:
    v + 1
except AttributeError as e:
    print("AE", e)
try:
    print(v @ w)
except TypeError as e:
    print(e)
class Ctx:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx("a") as c1, Ctx("b", True) as c2:
    print("body", c1.name, c2.name)
    raise KeyError("k")
print("after")
try:
    with Ctx("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
