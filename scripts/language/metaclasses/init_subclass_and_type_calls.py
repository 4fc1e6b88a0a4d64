# __init_subclass__ receives the class statement's keywords.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry[name or cls.__name__] = cls


class First(Plugin, name="first"):
    pass


class Second(Plugin):
    pass


print(sorted(Plugin.registry))  # expect: ['Second', 'first']
try:
    class Third(Plugin, bogus=1):
        pass
except TypeError as e:
    print(e)
# expect: Third.__init_subclass__() takes no keyword arguments


# The metaclass's __new__ sees the keywords; type.__new__ passes them to __init_subclass__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw, type(cls).__name__)
# expect: meta Base {}


class Child(Base, colour="red"):
    pass
# expect: meta Child {'colour': 'red'}
# expect: init_subclass Child {'colour': 'red'} Meta


# type(name, bases, ns) with bases that have a metaclass makes a class of that metaclass,
# and runs its __init__.
Made = type("Made", (Base,), {"x": 1}, colour="blue")
# expect: meta Made {'colour': 'blue'}
# expect: init_subclass Made {'colour': 'blue'} Meta
print(type(Made).__name__, Made.x, Made.__module__)  # expect: Meta 1 __main__


class Counting(type):
    made = 0

    def __init__(cls, name, bases, ns):
        Counting.made += 1
        cls.serial = Counting.made


class O1(metaclass=Counting):
    pass


class O2(O1):
    pass


O3 = type("O3", (O2,), {})
print(O1.serial, O2.serial, O3.serial, Counting.made)  # expect: 1 2 3 3


# __set_name__ runs for attributes of classes made through a metaclass, before
# __init_subclass__.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Model(Base):
    title = Field()
# expect: meta Model {}
# expect: set_name Model title
# expect: init_subclass Model {} Meta


# A class statement in a function makes a new class each call.
def make(i):
    class Inner(metaclass=Counting):
        v = i

        def get(self):
            return __class__.v

    return Inner


print([make(i)().get() for i in range(3)], Counting.made)  # expect: [0, 1, 2] 6
print(type.__subclasses__(Plugin) == [First, Second], O1.__subclasses__() == [O2])
# expect: False True
