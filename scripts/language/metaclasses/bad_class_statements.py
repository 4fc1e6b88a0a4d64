# Class statements that cannot make a class raise CPython's errors.
def attempt(source):
    try:
        exec(source, {})
        print("made")
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt("class A(1): pass")  # expect: TypeError: int() takes at most 2 arguments (3 given)
attempt("class A(**{1: 3}): pass")  # expect: TypeError: keywords must be strings
attempt("class A(**{'metaclass': 3}): pass")  # expect: TypeError: 'int' object is not callable
attempt("class A(object, object): pass")  # expect: TypeError: duplicate base class object
attempt("type('A', (object, object), {})")  # expect: TypeError: duplicate base class object
attempt("type('A', (1,), {})")
# expect: TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
attempt("A = type('A', (), {'__classcell__': 5})")
# expect: TypeError: __classcell__ must be a nonlocal cell, not <class 'int'>
attempt("class M(type):\n    __prepare__ = 5\nclass A(metaclass=M): pass")
# expect: TypeError: 'int' object is not callable
attempt("class M(type):\n    @classmethod\n    def __prepare__(m, *a): raise KeyError('p')\n"
        "class A(metaclass=M): pass")
# expect: KeyError: 'p'
attempt("class M(type):\n    def __new__(m, *a): return type.__new__(m)\n"
        "class A(metaclass=M): pass")
# expect: TypeError: type.__new__() takes exactly 3 arguments (0 given)
attempt("class M(type):\n    def __init__(cls, *a): return 5\nclass A(metaclass=M): pass")
# expect: TypeError: __init__() should return None, not 'int'
attempt("class D(dict):\n    def __getitem__(s, k): raise ValueError('boom')\n"
        "class M(type):\n    @classmethod\n    def __prepare__(m, *a): return D()\n"
        "class A(metaclass=M):\n    x = y")
# expect: ValueError: boom
attempt("type.__call__(5)")
# expect: TypeError: descriptor '__call__' requires a 'type' object but received a 'int'
attempt("type.__instancecheck__(5, 1)")
# expect: TypeError: descriptor '__instancecheck__' for 'type' objects doesn't apply to a 'int' object
attempt("object.__init_subclass__(1, 2)")
# expect: TypeError: object.__init_subclass__() takes no arguments (2 given)
attempt("class A: pass\nA.__name__ = 5")
# expect: TypeError: can only assign string to A.__name__, not 'int'
attempt("int.__name__ = 'x'")
# expect: TypeError: cannot set '__name__' attribute of immutable type 'int'
attempt("class A: pass\nA.__name__ = 'B'\nprint(A, A.__qualname__)")
# expect: <class 'B'> A
# expect: made
attempt("class A: pass\ndel A.missing")
# expect: AttributeError: type object 'A' has no attribute 'missing'
