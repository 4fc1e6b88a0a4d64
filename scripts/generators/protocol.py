def g():
    try:
        yield 1
    except GeneratorExit:
        print("got exit")
        raise
    finally:
        print("fin")
x = g()
next(x)
print(x.close())
def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2
y = h(); next(y)
try:
    y.close()
except RuntimeError as e:
    print(e)
print(y.gi_running, y.gi_frame is not None)
def sub():
    x = yield 1
    print("sub got", x)
    return "done"
def dele():
    r = yield from sub()
    print("result", r)
    yield from [10, 20]
d = dele()
print(next(d), d.send("hi"), next(d))
try:
    next(d)
except StopIteration as e:
    print("stop", e.value)
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in sub", e)
        yield 99
def outer():
    yield from thrower()
o = outer(); next(o)
print(o.throw(ValueError("boom")))
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print(e.value, repr(e))
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
gen = (i * i for i in range(3))
print(gen.__name__, list(gen), list(gen))
def running():
    yield gen2.gi_running
gen2 = running()
print(next(gen2))
def selfish():
    yield next(s)
s = selfish()
try:
    next(s)
except ValueError as e:
    print(e)
