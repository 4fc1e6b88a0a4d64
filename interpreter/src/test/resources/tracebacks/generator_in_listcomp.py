def g():
    yield 1
    1/0
print([x for x in g()])
