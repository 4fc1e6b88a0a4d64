# A whole program compared with CPython's output (see the sidecar .out).
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

for x in gen():
    print(x)
    break
print("after break")

def outer():
    g = gen()
    print(next(g))
    print("outer returns")
outer()
print("after outer")

g = gen()
next(g)
g = None
print("after rebind")

def h():
    try:
        yield
    except GeneratorExit:
        print("got exit")
        yield "bad"
x = h(); next(x)
try:
    x.close()
except RuntimeError as e:
    print(e)

def s():
    raise StopIteration
    yield
try:
    next(s())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)

def j():
    yield 1
try:
    j().send(5)
except TypeError as e:
    print(e)

def thrower():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        yield 99
    yield 100
t = thrower(); next(t)
print(t.throw(KeyError("k")))
print(next(t))
try:
    t.throw(ValueError)
except ValueError:
    print("propagated")
print(next(t, "exhausted"))

def counter():
    n = 0
    while True:
        got = yield n
        n = got if got is not None else n + 1
c = counter()
print(next(c), c.send(10), next(c), c.send(0))
c.close(); c.close()
print(c.gi_running if hasattr(c, "gi_running") else "")

def sub():
    x = yield "s1"
    print("sub got", x)
    return "sub-result"
def deleg():
    r = yield from sub()
    print("deleg got", r)
    yield "d1"
d = deleg()
print(next(d), d.send("hello"))

def inner_close():
    try:
        yield 1
    finally:
        print("inner cleanup")
def outer_close():
    try:
        yield from inner_close()
    finally:
        print("outer cleanup")
oc = outer_close(); next(oc); oc.close()
print(list(x * 2 for x in range(3)), sum(x for x in range(10) if x % 2))
ge = (1 / x for x in [1, 0])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("genexp", e)
print(type(ge).__name__, ge.__name__ if hasattr(ge, "__name__") else "")
def lazy():
    print("started")
    yield
gg = lazy()
print("created")
next(gg)
def finally_at_exit():
    try:
        yield 1
    finally:
        print("finalised at exit")
keep = finally_at_exit()
next(keep)
print("end of program")
