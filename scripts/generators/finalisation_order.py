def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)
a = g("a"); next(a)
b = g("b"); next(b)
def f():
    c = g("c"); next(c)
    print("f returns")
f()
print("after f")
for x in g("loop"):
    break
print("after loop")
d = g("d"); next(d)
d = None
print("after rebind")
lst = [g("inlist")]
next(lst[0])
print("end")
