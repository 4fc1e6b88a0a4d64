# A whole program compared with CPython's output (see the sidecar .out).
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); c(); c(5); print(c(), c.__name__, c.__qualname__)
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def gen(n):
    for i in range(n):
        got = yield i * i
        if got:
            print("got", got)
    return "done"
g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def delegate():
    r = yield from gen(2)
    print("inner returned", r)
    yield "last"
print(list(delegate()))
squares = {x: x * x for x in range(5) if x % 2}
evens = {x for x in range(10) if not x % 2}
nested = [[i * j for j in range(3)] for i in range(3)]
flat = [x for row in nested for x in row if x]
print(squares, evens, nested, flat, sum(x for x in range(100)), list(zip(*nested)))
ge = (x for x in [1, 2, 3])
print(next(ge), list(ge), list(ge))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)], dict(zip("abc", fib())), sorted(x for x, _ in zip(fib(), range(5))))
print(list(enumerate("ab", 1)), list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "x"])), list(reversed(range(3))), any(x > 3 for x in range(5)), all([]))
def kw(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{"c": 3, "z": 0}))
def posonly(a, /, b, *, c): return a + b + c
print(posonly(1, b=2, c=3))
for bad in ["kw()", "kw(1)", "kw(1, c=1, a=2)", "posonly(a=1, b=2, c=3)", "posonly(1, 2, 3)", "(lambda: 0)(1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x); return self
    def __iter__(self):
        for x in reversed(self.items):
            yield x
    def __len__(self): return len(self.items)
s = Stack().push(1).push(2).push(3)
print(list(s), len(s), 2 in s, max(s), sorted(s), "-".join(map(str, s)), [*s, *s], {*s})
a, *b = s
print(a, b)
x = 5
def shadow():
    x = 10
    def inner():
        return x
    return inner()
print(shadow(), x)
def uses_global():
    global x
    x += 1
uses_global(); print(x)
i = 0
while True:
    i += 1
    if i == 2: continue
    if i > 4: break
    print("loop", i)
else:
    print("no")
for k in range(2):
    pass
else:
    print("for-else ran", k)
try:
    pass
except Exception:
    pass
else:
    print("else")
finally:
    print("finally")
def ret_in_finally():
    try:
        return "try"
    finally:
        print("cleanup")
print(ret_in_finally())
del x
try:
    print(x)
except NameError as e:
    print(e)
print((lambda *a, **k: (a, k))(1, 2, z=3))
print([(yield_ := v) for v in range(2)], yield_ if (yield_ := 7) else 0)
