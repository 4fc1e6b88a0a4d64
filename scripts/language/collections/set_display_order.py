# CPython folds a display of three or more constants into a frozenset constant first; the
# resulting table prints in a different order from adding the items one at a time.
print({10, 20, 30, 40, 50})  # expect: {50, 20, 40, 10, 30}
s = set()
for v in (10, 20, 30, 40, 50):
    s.add(v)
print(s)  # expect: {40, 10, 50, 20, 30}
x = 10
print({x, 20, 30, 40, 50})  # expect: {40, 10, 50, 20, 30}
print({1, 2})  # expect: {1, 2}
print({-1, 1000, 7, 64})  # expect: {1000, 64, -1, 7}
