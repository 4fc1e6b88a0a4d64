# A module variable is still the only reference to its generator when a function merely has a
# local of the same name: rebinding it finalises the generator there, as CPython's refcount does.
def gen(tag):
    try:
        yield 1
    finally:
        print("finally", tag)

def uses_its_own_g():
    g = gen("local")
    next(g)
    print("function returns")

uses_its_own_g()
g = gen("module")
next(g)
g = None
print("after rebind")

h = gen("deleted")
next(h)
del h
print("end")
# expect: function returns
# expect: finally local
# expect: finally module
# expect: after rebind
# expect: finally deleted
# expect: end
