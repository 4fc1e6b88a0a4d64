# Recursion that passes through a builtin calling back into script code (repr, getattr,
# isinstance, sorted's key, reduce) ends in RecursionError, which can be caught.
import functools


def outcome(f):
    try:
        f()
        return "returned"
    except RecursionError:
        return "RecursionError"


class Repr:
    def __repr__(self):
        return repr(self)


class Lookup:
    def __getattr__(self, name):
        return getattr(self, name)


class Checking(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)


class Checked(metaclass=Checking):
    pass


class Calling(type):
    def __call__(cls):
        return cls()


class Called(metaclass=Calling):
    pass


def fold(a, b):
    return functools.reduce(fold, [1, 2])


def keyed(x):
    return sorted([x], key=keyed)


print(outcome(lambda: repr(Repr())))  # expect: RecursionError
print(outcome(lambda: Lookup().x))  # expect: RecursionError
print(outcome(lambda: isinstance(1, Checked)))  # expect: RecursionError
print(outcome(Called))  # expect: RecursionError
print(outcome(lambda: fold(1, 2)))  # expect: RecursionError
print(outcome(lambda: keyed(1)))  # expect: RecursionError
print(sorted([3, 1, 2], key=lambda x: sorted([x], key=lambda y: -y)))  # expect: [1, 2, 3]
