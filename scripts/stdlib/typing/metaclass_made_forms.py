# NamedTuple and TypedDict classes are made by their metaclasses (no hidden base in the
# MRO), and protocols are ABCs whose metaclass checks members.
from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, Generic, TypeVar
import typing
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
print(P(1), P.__mro__, type(P), P(3, -4).norm(), P._fields, P.__annotations__, P.__doc__)
# expect: P(x=1, y=0) (<class '__main__.P'>, <class 'tuple'>, <class 'object'>) <class 'type'> 7 ('x', 'y') {'x': <class 'int'>, 'y': <class 'int'>} P(x, y)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e: print(e)
# expect: Non-default namedtuple field y cannot follow default field x
try:
    class Bad2(NamedTuple):
        x: int
        def _asdict(self): pass
except AttributeError as e: print(e)
# expect: Cannot overwrite NamedTuple attribute _asdict
class M(TypedDict, total=False):
    a: int
class N(M):
    b: str
print(N.__mro__, type(N).__name__, N.__required_keys__, N.__optional_keys__, N(a=1, b='x'), type(N(a=1)))
# expect: (<class '__main__.N'>, <class 'dict'>, <class 'object'>) _TypedDictMeta frozenset({'b'}) frozenset({'a'}) {'a': 1, 'b': 'x'} <class 'dict'>
try:
    isinstance({}, N)
except TypeError as e: print(e)
# expect: TypedDict does not support instance and class checks
print(typing.is_typeddict(N), typing.is_typeddict(dict))  # expect: True False
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable), type(Closable).__name__)
# expect: True False True _ProtocolMeta
class NotRT(Protocol):
    def close(self): ...
try: isinstance(F(), NotRT)
except TypeError as e: print(e)
# expect: Instance and class checks can only be used with @runtime_checkable protocols
@runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    def __init__(self): self.x = 1
print(isinstance(WithX(), HasX))  # expect: True
try: issubclass(WithX, HasX)
except TypeError as e: print(e)
# expect: Protocols with non-method members don't support issubclass()
class Impl(Closable):
    pass
print(isinstance(Impl(), Closable), Impl.__mro__[1:3])
# expect: True (<class '__main__.Closable'>, <class 'typing.Protocol'>)
try: Closable()
except TypeError as e: print(e)
# expect: Protocols cannot be instantiated
T = TypeVar('T')
class Box(Generic[T]):
    pass
print(Box[int], Box.__mro__)
# expect: __main__.Box[int] (<class '__main__.Box'>, <class 'typing.Generic'>, <class 'object'>)
import collections.abc
print(isinstance(F(), collections.abc.Iterable), issubclass(Closable, collections.abc.Iterable))
# expect: False False
