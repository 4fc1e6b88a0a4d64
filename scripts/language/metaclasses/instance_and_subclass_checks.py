# isinstance() and issubclass() ask the metaclass's __instancecheck__ and __subclasscheck__.
class Duck(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class D:
    def quack(self):
        pass


print(isinstance(D(), Quacker), isinstance(1, Quacker))
# expect: instancecheck Quacker D
# expect: instancecheck Quacker int
# expect: True False
print(issubclass(D, Quacker), issubclass(int, Quacker))  # expect: True False
print(isinstance(D(), (int, Quacker)), issubclass(D, (int, Quacker)))
# expect: instancecheck Quacker D
# expect: True True
# An exact type match never asks the metaclass.
print(isinstance(Quacker(), Quacker))  # expect: True
print(type.__instancecheck__(int, 1), type.__subclasscheck__(int, bool))  # expect: True True
try:
    type.__subclasscheck__(int, 1)
except TypeError as e:
    print(e)
# expect: issubclass() arg 1 must be a class


# A class may claim another class through __class__, and isinstance believes it.
class Proxy:
    @property
    def __class__(self):
        return int


print(isinstance(Proxy(), int), type(Proxy()).__name__)  # expect: True Proxy

# except clauses do not ask __subclasscheck__.
class AnyError(type):
    def __subclasscheck__(cls, sub):
        return True


class Catcher(Exception, metaclass=AnyError):
    pass


print(issubclass(KeyError, Catcher))  # expect: True
try:
    try:
        raise KeyError("k")
    except Catcher:
        print("caught by Catcher")
except KeyError:
    print("not caught by Catcher")
# expect: not caught by Catcher
