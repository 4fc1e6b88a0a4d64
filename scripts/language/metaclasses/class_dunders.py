# Operators and builtins applied to a class use its metaclass's dunders.
class Container(type):
    def __len__(cls):
        return 3

    def __iter__(cls):
        return iter([1, 2, 3])

    def __getitem__(cls, key):
        return key * 2

    def __contains__(cls, x):
        return x == 2

    def __repr__(cls):
        return "<Container " + cls.__name__ + ">"

    def __bool__(cls):
        return False

    def __or__(cls, other):
        return "or " + other.__name__

    def __lt__(cls, other):
        return cls.__name__ < other.__name__

    def __call__(cls, *args):
        return "called with " + repr(args)


class K(metaclass=Container):
    pass


class J(metaclass=Container):
    pass


print(len(K), list(K), K[4], 2 in K, 5 in K, [x for x in K])
# expect: 3 [1, 2, 3] 8 True False [1, 2, 3]
print(repr(K), str(K), bool(K), K, f"{K}")
# expect: <Container K> <Container K> False <Container K> <Container K>
print(K | J, K < J, sorted([J, K]))  # expect: or J False [<Container J>, <Container K>]
print(K(1, 2), "yes" if K else "no")  # expect: called with (1, 2) no


# Without a metaclass __getitem__, a class is subscripted by __class_getitem__.
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class GSub(G):
    pass


print(G[int], GSub["x"])  # expect: ('G', <class 'int'>) ('GSub', 'x')


class Both(type):
    def __getitem__(cls, key):
        return "metaclass wins"


class H(metaclass=Both):
    def __class_getitem__(cls, item):
        return "class_getitem"


print(H[0])  # expect: metaclass wins
try:
    len(G)
except TypeError as e:
    print(e)
# expect: object of type 'type' has no len()
try:
    int[0][0]
except TypeError as e:
    print(e)
# expect: type 'int' is not subscriptable
