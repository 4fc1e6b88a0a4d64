# generator.throw(type, value): the value given is the one raised, as in CPython.
def g():
    try:
        yield 1
    except ValueError as e:
        print("got", repr(e))
        raise


x = g()
next(x)
try:
    x.throw(ValueError, ValueError("boom"), None)
except ValueError as e:
    print("out", repr(e))
x = g()
next(x)
try:
    x.throw(ValueError, "text")
except ValueError as e:
    print("out", repr(e))
x = g()
next(x)
try:
    x.throw(ValueError, ("a", 1))
except ValueError as e:
    print("out", repr(e))
try:
    g().throw(ValueError("x"), 1)
except TypeError as e:
    print("TypeError", e)


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = W()
print("a", "b", 3, sep="", end="!", file=w)
print(file=w)
print(w.parts)
