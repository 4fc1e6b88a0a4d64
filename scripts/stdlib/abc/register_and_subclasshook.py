# Virtual subclasses: register() and __subclasshook__ make isinstance() say yes without
# inheritance; answers are remembered until the next registration.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "o"


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))  # expect: False False
token = get_cache_token()
print(Drawable.register(Circle) is Circle, get_cache_token() > token)  # expect: True True
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))  # expect: True True
print(Drawable in Circle.__mro__, Circle.__mro__)
# expect: False (<class '__main__.Circle'>, <class 'object'>)


@Drawable.register
class Square:
    pass


print(issubclass(Square, Drawable), Square.__name__)  # expect: True Square


class SubCircle(Circle):
    pass


print(issubclass(SubCircle, Drawable), issubclass(int, Drawable))  # expect: True False
print(Drawable.register(Circle) is Circle)  # expect: True
try:
    Drawable.register(1)
except TypeError as e:
    print(e)
# expect: Can only register classes
try:
    Circle.register  # registering is a metaclass method, not on plain classes
except AttributeError as e:
    print(e)
# expect: type object 'Circle' has no attribute 'register'


class Special(ABC):
    pass


try:
    Drawable.register(Drawable)
except RuntimeError as e:
    print("RuntimeError", e)


# __subclasshook__ decides structurally.
class Closable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class File:
    def close(self):
        pass


class Sub(Closable):
    pass


print(isinstance(File(), Closable), issubclass(int, Closable), issubclass(Sub, Closable))
# expect: True False True
print(issubclass(File, Sub))  # expect: False


# Registering with a parent ABC covers its descendants.
class Animal(ABC):
    pass


class Dog(Animal):
    pass


class Robot:
    pass


Dog.register(Robot)
print(issubclass(Robot, Animal), issubclass(Robot, Dog), isinstance(Robot(), Animal))
# expect: True True True
try:
    issubclass(1, Animal)
except TypeError as e:
    print(e)
# expect: issubclass() arg 1 must be a class


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, BadHook)
except AssertionError as e:
    print("AssertionError", e)
# expect: AssertionError __subclasshook__ must return either False, True, or NotImplemented
