# __prepare__ chooses the mapping the class body runs in: stores go through its
# __setitem__, lookups through its __getitem__.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


class RecordingMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return Recorder()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

    def __init__(cls, *args, **kw):
        pass


class R(metaclass=RecordingMeta, flag=1):
    x = 1

    def f(self):
        pass

    y: int = 2
    z = x + 1
    del x
# expect: prepare R [] {'flag': 1}


print(R.order)  # expect: ['__module__', '__qualname__', '__annotations__', 'x', 'f', 'y', 'z']
print(R.z, hasattr(R, "x"), R.__annotations__)  # expect: 2 False {'y': <class 'int'>}


# A namespace that is not a dict at all.
class Mapping:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]


class MappingMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.data)


class UsesMapping(metaclass=MappingMeta):
    a = 1
    b = a + 1
    print(sorted(locals().data))
# expect: ['__module__', '__qualname__', 'a', 'b']


print(UsesMapping.a, UsesMapping.b, UsesMapping.__qualname__)  # expect: 1 2 UsesMapping


# A body seeing a key the mapping makes up.
class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key.upper()
        raise KeyError(key)


class DefaultingMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaulting()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class UsesDefaults(metaclass=DefaultingMeta):
    value = auto_value
    builtin = len


print(UsesDefaults.value, UsesDefaults.builtin)  # expect: AUTO_VALUE <built-in function len>
print(type.__prepare__("x", (), extra=1))  # expect: {}


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 1


try:
    class Q(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(e)
# expect: BadPrepare.__prepare__() must return a mapping, not int

# exec with a mapping for its locals runs like a class body.
class Logging(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


ns = Logging()
exec("a = 1\nb = a + 1", {}, ns)
# expect: set a 1
# expect: set b 2
print(dict(ns))  # expect: {'a': 1, 'b': 2}
m = Mapping()
exec("x = 5\ny = x * 2\ndel x", {}, m)
print(m.data)  # expect: {'y': 10}
