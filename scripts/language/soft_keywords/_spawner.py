# A module that defines `spawn` the way gevent does, imported by spawn_imports.py.
def spawn(func, *args):
    return func(*args)


def spawn_later(seconds, func, *args):
    return func(*args)
