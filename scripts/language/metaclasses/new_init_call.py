# A metaclass's __new__, __init__ and __call__ run at class creation and instantiation,
# and receive the class statement's keywords.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)


class A(metaclass=Meta, tag="x"):
    def __init__(self, v):
        self.v = v

    def which(self):
        return __class__
# expect: new Meta A [] ['which'] {'tag': 'x'}
# expect: init A {'tag': 'x'}


class B(A):
    pass
# expect: new Meta B ['A'] [] {}
# expect: init B {}


a = A(1)  # expect: call A (1,) {}
print(a.v, A.tag, B.tag, a.which() is A)  # expect: 1 x none True
b = B(v=2)  # expect: call B () {'v': 2}
print(type(b).__name__, b.v)  # expect: B 2
print(type(A) is Meta, type(B) is Meta, A.__class__ is Meta)  # expect: True True True
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))  # expect: True True True
print(type.__call__(A, 9).v)  # expect: 9
print([c.__name__ for c in Meta.__mro__], Meta.mro(Meta) == list(Meta.__mro__))
# expect: ['Meta', 'type', 'object'] True


# A metaclass whose __call__ does not call type.__call__: a singleton.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("config made")


print(Config() is Config())
# expect: config made
# expect: True


# __new__ may return anything; then __init__ is not called.
class Weird(type):
    def __new__(mcls, name, bases, ns):
        return 42

    def __init__(cls, *args):
        print("never")


class W(metaclass=Weird):
    pass


print(W)  # expect: 42


# Any callable may be the metaclass.
def function_meta(name, bases, ns, **kw):
    print("function_meta", name, kw)
    return type(name, bases, ns)


class F(metaclass=function_meta, a=1):
    pass
# expect: function_meta F {'a': 1}


print(type(F), F.__name__)  # expect: <class 'type'> F
