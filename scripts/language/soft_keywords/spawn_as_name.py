# `spawn` is a soft keyword: every Python use of it as a name works as in CPython.
spawn = 3
print(spawn, spawn + 1, spawn - 1, spawn * 2, spawn ** 2, -spawn)  # expect: 3 4 2 6 9 -3
spawn += 1
print(spawn if spawn else 0, spawn in [4], spawn not in [4], spawn is None)  # expect: 4 True False False
spawn: int = 5
spawn, other = other, spawn = 1, 2
print(spawn, other)  # expect: 2 1


def spawn(func, *args, spawn=None):
    return ("mine", func(*args), spawn)


print(spawn(len, "abc"))  # expect: ('mine', 3, None)
print(spawn (abs)(-2) if False else spawn(abs, -2, spawn=1))  # expect: ('mine', 2, 1)


class Pool:
    def __init__(self):
        self.spawned = []

    def spawn(self, func, *args):
        self.spawned.append(func(*args))
        return self

    @property
    def last(self):
        return self.spawned[-1]


p = Pool()
print(p.spawn(max, 1, 5).spawn(min, 1, 5).spawned, p.last)  # expect: [5, 1] 1
method = p.spawn
print(method(sum, [1, 2]).spawned)  # expect: [5, 1, 3]
print(getattr(p, "spawn").__name__, hasattr(Pool, "spawn"))  # expect: spawn True


def use(spawn):
    return [spawn for spawn in range(spawn)]


print(use(3), use(spawn=2))  # expect: [0, 1, 2] [0, 1]
print((lambda spawn: spawn * 2)(4), dict(spawn=1))  # expect: 8 {'spawn': 1}


def rebind():
    global spawn
    spawn = "global"


rebind()
print(spawn)  # expect: global


def outer():
    spawn = 1

    def inner():
        nonlocal spawn
        spawn += 1
        return spawn

    return inner()


print(outer())  # expect: 2

spawn = {"a": [10, 20]}
print(spawn["a"][1], spawn.get("b"), [spawn][0] is spawn)  # expect: 20 None True
print(f"{spawn!r:>14} {len(spawn)=}")  # expect: {'a': [10, 20]} len(spawn)=1
del spawn


class spawn:
    spawn = "class attr"


print(spawn.spawn, spawn.__name__)  # expect: class attr spawn

try:
    raise ValueError("x")
except ValueError as spawn:
    print(repr(spawn))  # expect: ValueError('x')

for spawn in range(2):
    pass
print(spawn)  # expect: 1


class Ctx:
    def __enter__(self):
        return "entered"

    def __exit__(self, *exc):
        return False


with Ctx() as spawn:
    print(spawn)  # expect: entered
spawn = [1, 2, 3]
spawn[0] = spawn[-1]
spawn[1:2] = [9]
print(spawn, [*spawn], {**{"spawn": spawn}})  # expect: [3, 9, 3] [3, 9, 3] {'spawn': [3, 9, 3]}
