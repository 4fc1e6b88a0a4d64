# An int subclass's instances are ints: every inherited method and operator works, and
# returns a plain int, as in CPython.
class MyInt(int):
    pass


a = MyInt(5)
print(a, repr(a), type(a).__name__, isinstance(a, int), issubclass(MyInt, int))
# expect: 5 5 MyInt True True
print(a + 1, 1 + a, a + a, type(a + a).__name__, a * 2, -a, +a, type(+a).__name__, abs(a))
# expect: 6 6 10 int 10 -5 5 int 5
print(a // 2, a % 3, a ** 2, a << 1, a >> 1, a & 3, 3 | a, a ^ MyInt(1), ~a, a / 2)
# expect: 2 2 25 10 2 1 7 4 -6 2.5
print(a == 5, 5 == a, a < 6, a >= MyInt(5), hash(a) == hash(5), {a: 1}[5], {5: "x"}[a])
# expect: True True True True True 1 x
print(a.bit_length(), a.real, type(a.real).__name__, a.numerator, a.conjugate(), a.to_bytes(2, "big"))
# expect: 3 5 int 5 5 b'\x00\x05'
print(int(a), type(int(a)).__name__, float(a), str(a), f"{a:03d}", f"{a}", "%d|%s|%x" % (a, a, a))
# expect: 5 int 5.0 5 005 5 5|5|5
print(list(range(a)), [1, 2, 3, 4, 5, 6][a], hex(a), oct(a), bin(a), round(a), divmod(a, 2))
# expect: [0, 1, 2, 3, 4] 6 0x5 0o5 0b101 5 (2, 1)
print(bool(MyInt(0)), pow(a, 2, 3), pow(a, MyInt(2)), sum([a, MyInt(1)]), max(a, 3), sorted([a, 1, MyInt(3)]))
# expect: False 1 25 6 5 [1, 3, 5]
print(chr(MyInt(65)), "ab" * MyInt(2), MyInt(2) * "ab", [0] * MyInt(2), "xyz"[MyInt(1):])
# expect: A abab abab [0, 0] yz
print(MyInt("12"), MyInt("ff", 16), MyInt(3.9), MyInt(), MyInt.from_bytes(b"\x01\x00", "big"))
# expect: 12 255 3 0 256
print(type(MyInt.from_bytes(b"\x01", "big")).__name__, a in {5}, 5 in {a}, a in range(10))
# expect: MyInt True True True
a.label = "five"
print(a.label, a.__dict__, vars(MyInt(1)))  # expect: five {'label': 'five'} {}
x = MyInt(7)
x += 1
print(x, type(x).__name__)  # expect: 8 int
try:
    class Flag(bool):
        pass
except TypeError as e:
    print(e)
# expect: type 'bool' is not an acceptable base type
try:
    class Both(int, str):
        pass
except TypeError as e:
    print(e)
# expect: multiple bases have instance lay-out conflict
try:
    MyInt("x")
except ValueError as e:
    print(e)
# expect: invalid literal for int() with base 10: 'x'
try:
    len(a)
except TypeError as e:
    print(e)
# expect: object of type 'MyInt' has no len()
try:
    a + "x"
except TypeError as e:
    print(e)
# expect: unsupported operand type(s) for +: 'MyInt' and 'str'
