# A class with abstract methods cannot be instantiated until a subclass overrides them all.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


print(Square(3).describe(), Square(3).perimeter())  # expect: Square with area 9 12
print(sorted(Shape.__abstractmethods__), HalfDone.__abstractmethods__, Square.__abstractmethods__)
# expect: ['area', 'perimeter'] frozenset({'perimeter'}) frozenset()
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(e)
# expect: Can't instantiate abstract class Shape with abstract methods area, perimeter
# expect: Can't instantiate abstract class HalfDone with abstract method perimeter
print(type(Shape) is ABCMeta, isinstance(Square(1), Shape), issubclass(Square, ABC))
# expect: True True True


# Abstract properties, classmethods and staticmethods.
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))  # expect: ['helper', 'make', 'name']


class Impl(Base):
    name = "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 1


print(Impl.make().name, Impl.helper(), Impl.__abstractmethods__)  # expect: impl 1 frozenset()
print(Base.name.__isabstractmethod__, Base.__dict__["make"].__isabstractmethod__)
# expect: True True


# Setting __abstractmethods__ by hand, and update_abstractmethods.
class Plain:
    pass


Plain.__abstractmethods__ = frozenset({"run"})
try:
    Plain()
except TypeError as e:
    print(e)
# expect: Can't instantiate abstract class Plain with abstract method run
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)  # expect: Plain
try:
    print(Plain.__abstractmethods__, object.__abstractmethods__)
except AttributeError as e:
    print("AttributeError", e)
# expect: AttributeError __abstractmethods__

import abc


class Later(ABC):
    @abstractmethod
    def run(self):
        ...


Later.run = lambda self: "ran"
print(sorted(Later.__abstractmethods__))  # expect: ['run']
abc.update_abstractmethods(Later)
print(Later().run(), Later.__abstractmethods__)  # expect: ran frozenset()


# A subclass of a builtin with abstract methods can still be made (object.__new__ is
# what refuses).
class AbstractDict(dict, ABC):
    @abstractmethod
    def extra(self):
        ...


print(AbstractDict(a=1))  # expect: {'a': 1}
