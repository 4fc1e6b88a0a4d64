class A: pass
class B: pass
class E(Exception): pass
a = A()
for target in [int, E, 5, list]:
    try:
        a.__class__ = target
    except TypeError as e:
        print(e)
try:
    (1).__class__ = A
except TypeError as e:
    print(e)
a.__class__ = B
print(type(a).__name__)
