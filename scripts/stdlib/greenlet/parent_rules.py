# parent is writable, but only to a greenlet, never making a cycle, never for a main greenlet.
from greenlet import greenlet, getcurrent

a = greenlet(lambda: None)
b = greenlet(lambda: None)
print(a.parent is getcurrent(), getcurrent().parent)
b.parent = a
print(b.parent is a)
try:
    a.parent = b
except ValueError as e:
    print("ValueError:", e)
try:
    a.parent = None
except TypeError as e:
    print("TypeError:", e)
try:
    getcurrent().parent = a
except AttributeError as e:
    print("AttributeError:", e)
# expect: True None
# expect: True
# expect: ValueError: cyclic parent chain
# expect: TypeError: GreenletChecker: Expected any type of greenlet, not NoneType
# expect: AttributeError: cannot set the parent of a main greenlet
