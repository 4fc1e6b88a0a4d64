# float, complex, bytes and bytearray subclasses behave as their base type.
import json
import math


class F(float):
    pass


f = F(2.5)
print(f, repr(f), type(f).__name__, f + 1, 1 + f, f * f, type(f * f).__name__, round(f))
# expect: 2.5 2.5 F 3.5 3.5 6.25 float 2
print(int(f), f.is_integer(), f.real, f.as_integer_ratio(), f"{f:.3f}", f > 2, hash(f) == hash(2.5))
# expect: 2 False 2.5 (5, 2) 2.500 True True
print(abs(F(-1.0)), -f, F(7.5) // 2, divmod(F(7.5), 2), F(0.1) + F(0.2), F("1e3"), F(), math.floor(f))
# expect: 1.0 -2.5 3.0 (3.0, 1.5) 0.30000000000000004 1000.0 0.0 2
print(json.dumps(F(1.5)), json.dumps([F(2.0)]), "%.2f %g %e" % (F(1.5), F(2.0), f), F.fromhex("0x1p1"))
# expect: 1.5 [2.0] 1.50 2 2.500000e+00 2.0
print(type(F.fromhex("0x1p1")).__name__, float(F(3.25)), type(float(F(3.25))).__name__)
# expect: F 3.25 float


class C(complex):
    pass


c = C(1, 2)
print(c, c.real, c.imag, c + 1, abs(C(3, 4)), type(c * 2).__name__, c.conjugate(), c == 1 + 2j)
# expect: (1+2j) 1.0 2.0 (2+2j) 5.0 complex (1-2j) True


class B(bytes):
    pass


b = B(b"abc")
print(b, type(b).__name__, b + b"d", b.decode(), b[0], b.upper(), len(b), b == b"abc")
# expect: b'abc' B b'abcd' abc 97 b'ABC' 3 True
print(bytes(b), type(bytes(b)).__name__, b"x" + b, b"".join([b, b]), b"b" in b, b.hex(), b"%s" % b)
# expect: b'abc' bytes b'xabc' b'abcabc' True 616263 b'abc'
print(str(B(b"q"), "ascii"), B(b"x") * 2, B.fromhex("4142"), type(B.fromhex("41")).__name__)
# expect: q b'xx' b'AB' B
print(b"ab".startswith(B(b"a")), B(b"a,b").split(B(b",")), bytearray(B(b"xy")), B(3), B([65, 66]))
# expect: True [b'a', b'b'] bytearray(b'xy') b'\x00\x00\x00' b'AB'


class BA(bytearray):
    pass


ba = BA(b"ab")
ba.append(99)
ba += b"d"
print(ba, type(ba).__name__, ba[0], len(ba), ba.upper(), type(ba.upper()).__name__)
# expect: BA(b'abcd') BA 97 4 bytearray(b'ABCD') bytearray
try:
    "a" + B(b"x")
except TypeError as e:
    print(e)
# expect: can only concatenate str (not "B") to str
