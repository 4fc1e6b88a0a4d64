# obj.__class__ = Other between subclasses of one builtin type: allowed where CPython's
# layouts agree, refused for the variable-sized int, bytes and tuple.
for base in (int, float, str, bytes, tuple, complex, bytearray, frozenset, dict, set, list):
    A = type("A", (base,), {})
    B = type("B", (base,), {"hello": lambda self: "hello from B"})
    a = A()
    try:
        a.__class__ = B
        print(base.__name__, type(a).__name__, a.hello(), a == base())
    except TypeError as e:
        print(base.__name__, e)
# expect: int __class__ assignment: 'B' object layout differs from 'A'
# expect: float B hello from B True
# expect: str B hello from B True
# expect: bytes __class__ assignment: 'B' object layout differs from 'A'
# expect: tuple __class__ assignment: 'B' object layout differs from 'A'
# expect: complex B hello from B True
# expect: bytearray B hello from B True
# expect: frozenset B hello from B True
# expect: dict B hello from B True
# expect: set B hello from B True
# expect: list B hello from B True
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
# expect: __class__ assignment only supported for mutable types or ModuleType subclasses
