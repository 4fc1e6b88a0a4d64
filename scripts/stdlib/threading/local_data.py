# threading.local: each thread sees its own attributes; a subclass's __init__ runs again, with
# the same arguments, in each thread that touches the object.
import threading

data = threading.local()
data.x = "main"
print(type(data).__module__, type(data).__name__, repr(data).split(" at ")[0])
# expect: _thread _local <_thread._local object
seen = []


def peek():
    seen.append(hasattr(data, "x"))
    data.x = threading.current_thread().name
    seen.append(data.x)


t = threading.Thread(target=peek, name="other")
t.start()
t.join()
print(seen, data.x)
# expect: [False, 'other'] main
try:
    data.nothing
except AttributeError as e:
    print(e)
# expect: '_thread._local' object has no attribute 'nothing'


class Settings(threading.local):
    inits = []

    def __init__(self, level):
        self.level = level
        Settings.inits.append(threading.current_thread().name)

    def doubled(self):
        return self.level * 2


s = Settings(3)
s.level = 10
out = []
t = threading.Thread(target=lambda: out.append((s.level, s.doubled())), name="worker")
t.start()
t.join()
print(out, s.level, Settings.inits, sorted(vars(s)))
# expect: [(3, 6)] 10 ['MainThread', 'worker'] ['level']
try:
    threading.local(1)
except TypeError as e:
    print(e)
# expect: Initialization arguments are not supported
