# The metaclass of a class is the most derived of its bases' metaclasses.
class M1(type):
    pass


class M2(type):
    pass


class M3(M1, M2):
    pass


class C1(metaclass=M1):
    pass


class C2(metaclass=M2):
    pass


try:
    class C3(C1, C2):
        pass
except TypeError as e:
    print(e)
# expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases


class C4(C1, C2, metaclass=M3):
    pass


class C5(C1, metaclass=type):
    pass


print(type(C4).__name__, type(C5).__name__)  # expect: M3 M1
try:
    type("C6", (C1, C2), {})
except TypeError as e:
    print(e)
# expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
try:
    class Bad(metaclass=1):
        pass
except TypeError as e:
    print(e)
# expect: 'int' object is not callable
try:
    class Flag(bool):
        pass
except TypeError as e:
    print(e)
# expect: type 'bool' is not an acceptable base type


def check(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)


check(lambda: type(1, 2))  # expect: TypeError: type() takes 1 or 3 arguments
check(lambda: type("a", [], {}))
# expect: TypeError: type.__new__() argument 2 must be tuple, not list
check(lambda: type("a", (), []))
# expect: TypeError: type.__new__() argument 3 must be dict, not list
check(lambda: type(1, (), {}))  # expect: TypeError: type.__new__() argument 1 must be str, not int
check(lambda: type.__new__(int, "a", (), {}))
# expect: TypeError: type.__new__(int): int is not a subtype of type
check(lambda: type.__new__(1, "a", (), {}))
# expect: TypeError: type.__new__(X): X is not a type object (int)
check(lambda: type.__new__(type, "a"))
# expect: TypeError: type.__new__() takes exactly 3 arguments (1 given)
check(lambda: type.__init__(type("A", (), {}), 1, 2))
# expect: TypeError: type.__init__() takes 1 or 3 arguments
check(lambda: type.__init__(type("A", (), {}), "A", (), {}, x=1))  # expect: None
check(lambda: type("A", (), {}, x=1))
# expect: TypeError: A.__init_subclass__() takes no keyword arguments
check(lambda: M1("x"))  # expect: TypeError: type.__new__() takes exactly 3 arguments (1 given)
check(lambda: type(M1("A", (), {})).__name__)  # expect: 'M1'


# A metaclass __new__ that drops __classcell__ breaks zero-argument super().
class Dropping(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases,
                               {k: v for k, v in ns.items() if k != "__classcell__"})

  # expect runtime error: ValueError: rejected Outer
try:
    class R(metaclass=Dropping):
        def f(self):
            return __class__
except RuntimeError as e:
    print(e)
# expect: __class__ not set defining 'R' as <class '__main__.R'>. Was __classcell__ propagated to type.__new__?


class ReportsError(type):
    def __init__(cls, name, bases, ns):
        raise ValueError("rejected " + name)  # expect runtime error: ValueError: rejected Outer


class Outer(metaclass=ReportsError):
    pass
