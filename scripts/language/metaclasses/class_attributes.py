# A metaclass's attributes are visible on its classes, not on their instances.
class Meta(type):
    greeting = "hi"

    def hello(cls):
        return "hello from " + cls.__name__

    @property
    def upper(cls):
        return cls.__name__.upper()

    @classmethod
    def which(mcls):
        return mcls.__name__


class A(metaclass=Meta):
    pass


class B(A):
    greeting = "B's own"


print(A.hello(), B.upper, A.greeting, B.greeting, A.which())
# expect: hello from A B hi B's own Meta
print(hasattr(A(), "hello"), hasattr(A, "hello"), "hello" in dir(A))  # expect: False True False
try:
    A().hello
except AttributeError as e:
    print(e)
# expect: 'A' object has no attribute 'hello'
try:
    A.upper = "x"
except AttributeError as e:
    print(e)
# expect: property 'upper' of 'Meta' object has no setter


# __getattr__ on the metaclass answers for missing class attributes.
class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return name + "!"


class L(metaclass=Lazy):
    real = 1


print(L.real, L.missing, getattr(L, "other"), hasattr(L, "_hidden"))
# expect: 1 missing! other! False
try:
    L().missing
except AttributeError as e:
    print(e)
# expect: 'L' object has no attribute 'missing'


# __setattr__ and __delattr__ on the metaclass guard the class's attributes.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            super().__setattr__(name, value)
        else:
            raise AttributeError("frozen: " + name)

    def __delattr__(cls, name):
        raise AttributeError("cannot delete " + name)


class Fz(metaclass=Frozen):
    a = 1


try:
    Fz.a = 2
except AttributeError as e:
    print(e)
# expect: frozen: a
Fz._b = 3
print(Fz._b, Fz.a)  # expect: 3 1
try:
    del Fz.a
except AttributeError as e:
    print(e)
# expect: cannot delete a
setattr(Fz, "_c", 4)
print(Fz._c, Fz().a)  # expect: 4 1
try:
    object.__setattr__(Fz, "x", 1)
except TypeError as e:
    print(e)
# expect: can't apply this __setattr__ to Frozen object


# A data descriptor on the metaclass wins over the class's own attribute.
class Described(type):
    @property
    def kind(cls):
        return "from the metaclass"


class K(metaclass=Described):
    kind = "from the class"


print(K.kind, K().kind)  # expect: from the metaclass from the class


# type(cls) and cls.__class__ are the metaclass; the metaclass's metaclass is type.
print(type(K).__name__, K.__class__.__name__, type(Described), type(type))
# expect: Described Described <class 'type'> <class 'type'>
print(Meta.__name__, Meta.__qualname__, Meta.__bases__, type(Meta).__name__)
# expect: Meta Meta (<class 'type'>,) type
