# match (PEP 634): literals sequences mappings.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 1+2j:
            return "complex"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "nothing"
        case True:
            return "yes"
        case []:
            return "empty list"
        case [a]:
            return f"one item {a!r}"
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [first, *rest] if len(rest) > 2:
            return f"long {first} {rest}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} {others}"
        case {}:
            return "some mapping"
        case str() as s:
            return f"string {s}"
        case int(n) if n > 100:
            return f"big {n}"
        case int(n):
            return f"int {n}"
        case _:
            return "other"

for v in [0, 2, -1, 1.5, 1+2j, "hello", b"raw", None, True, False, [], [7], (1, 2), [1, 2, 3, 4, 5],
          (1, 2, 3), range(3), {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "c": 0},
          {"a": 1}, "other", 500, 50, 4.5, {1, 2}, "", [1, 2, 3, 4]]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), "x"]:
    print(where(p))

match [1, [2, 3], {"k": (4, 5)}]:
    case [a, [b, *c], {"k": (d, e)}]:
        print(a, b, c, d, e)

match (1, 2):
    case [x, y] as pair:
        print(x, y, pair)

x = 10
match 5:
    case x:
        print("captured", x)
print(x)
match 3:
    case 1:
        pass
print("no match is fine")
