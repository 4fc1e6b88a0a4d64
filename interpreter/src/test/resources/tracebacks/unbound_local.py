def f():
    z
    z = 1
f()
