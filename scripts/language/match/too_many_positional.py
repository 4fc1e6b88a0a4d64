class Point:
    __match_args__ = ("x",)
    x = 0
def check(p):
    match p:
        case Point(a, b):  # expect runtime error: TypeError: Point() accepts 1 positional sub-pattern (2 given)
            return a, b
print("before")  # expect: before
check(Point())
