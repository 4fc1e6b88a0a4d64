# Inside a class, __name (not a dunder) is stored as _Class__name: a subclass's private
# attribute is another attribute, and the mangled name is reachable from outside.
class A:
    __count = 0

    def __init__(self, x):
        self.__x = x
        A.__count += 1

    def get(self):
        return self.__x

    def __private(self):
        return "private"

    def call(self, __kw=1):
        return self.__private(), __kw

    class __Inner:
        pass


class B(A):
    def __init__(self):
        super().__init__(1)
        self.__x = 2

    def mine(self):
        return self.__x


b = B()
print(sorted(vars(b).items()))  # expect: [('_A__x', 1), ('_B__x', 2)]
print(b.get(), b.mine(), b._A__x, A._A__count)  # expect: 1 2 1 1
print(b.call(), b.call(_A__kw=5))  # expect: ('private', 1) ('private', 5)
print(A._A__private.__name__, A._A__Inner.__name__)  # expect: __private __Inner
print(hasattr(b, "__x"), hasattr(A, "__count"))  # expect: False False


def f(**kw):
    return kw


class C:
    def m(self):
        lam = lambda: self.__v
        self.__v = "seen by the lambda"
        return f(__secret=1), lam(), [self.__v for _ in range(1)]


print(C().m())  # expect: ({'__secret': 1}, 'seen by the lambda', ['seen by the lambda'])


class _Leading:
    def __init__(self):
        self.__y = 1


class ___:
    def __init__(self):
        self.__z = 1


print(vars(_Leading()), vars(___()))  # expect: {'_Leading__y': 1} {'__z': 1}
b.__x  # expect runtime error: AttributeError: 'B' object has no attribute '__x'
