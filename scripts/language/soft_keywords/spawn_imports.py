# `spawn` as an imported name, an alias, and a module attribute.
import os.path as spawn
print(spawn.join("a", "b"))  # expect: a/b
from os.path import join as spawn
print(spawn("c", "d"))  # expect: c/d
import types
m = types.SimpleNamespace(spawn=lambda f, *a: f(*a))
print(m.spawn(max, 3, 7))  # expect: 7
from _spawner import spawn, spawn_later
print(spawn(str.upper, "x"), spawn_later(0, len, "ab"))  # expect: X 2
import _spawner as spawner
print(spawner.spawn is spawn)  # expect: True
