# threading.Thread: targets, arguments, names, daemon flags, subclasses and their errors.
import threading


def shape(r):
    # Idents differ from run to run: show where they are.
    words = r.split(" ")
    return " ".join("IDENT" + w[-2:].lstrip("0123456789") if w[:-2].isdigit() else w
                    for w in words)


def greet(who, punct="!"):
    print("hello", who + punct, threading.current_thread().name)


t = threading.Thread(target=greet, args=("world",), kwargs={"punct": "?"})
print(shape(repr(t)), t.ident, t.native_id, t.is_alive())
# expect: <Thread(Thread-1 (greet), initial)> None None False
t.start()
# expect: hello world? Thread-1 (greet)
t.join()
print(shape(repr(t)), type(t.ident).__name__, t.is_alive(), t.ident != threading.get_ident())
# expect: <Thread(Thread-1 (greet), stopped IDENT)> int False True

print(threading.Thread(name="custom").name, threading.Thread(target=lambda: 0).name)
# expect: custom Thread-2 (<lambda>)
print(threading.Thread(target=len).name, threading.Thread(name=7).name)
# expect: Thread-3 (len) 7


class Counter:
    def __call__(self):
        pass


print(threading.Thread(target=Counter()).name, threading.Thread().name)
# expect: Thread-4 Thread-5

d = threading.Thread(target=greet, args=("daemon",), daemon=True)
print(shape(repr(d)), d.daemon, threading.Thread().daemon)
# expect: <Thread(Thread-6 (greet), initial daemon)> True False
d.daemon = False
d.name = "renamed"
print(d.daemon, d.name, d.daemon)
# expect: False renamed False


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 10


workers = [Worker(i) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers], shape(repr(workers[0])))
# expect: [0, 10, 20] <Worker(worker-0, stopped IDENT)>

main = threading.main_thread()
print(shape(repr(main)), main is threading.current_thread(), main.daemon, main.is_alive())
# expect: <_MainThread(MainThread, started IDENT)> True False True
print(main.ident == threading.get_ident(), threading.get_native_id() == main.native_id)
# expect: True True


def attempt(f):
    try:
        f()
    except (RuntimeError, AssertionError) as e:
        print(type(e).__name__ + ":", e)


attempt(t.start)
# expect: RuntimeError: threads can only be started once
attempt(threading.Thread().join)
# expect: RuntimeError: cannot join thread before it is started
attempt(main.join)
# expect: RuntimeError: cannot join current thread


def set_daemon():
    t.daemon = True


attempt(set_daemon)
# expect: RuntimeError: cannot set daemon status of active thread


class Forgot(threading.Thread):
    def __init__(self):
        pass


attempt(Forgot().start)
# expect: RuntimeError: thread.__init__() not called
attempt(lambda: repr(Forgot()))
# expect: AssertionError: Thread.__init__() was not called
attempt(lambda: threading.Thread(group=1))
# expect: AssertionError: group argument must be None for now


def record_self():
    seen.append(threading.current_thread())


seen = []
r = threading.Thread(target=record_self)
r.start()
r.join()
print(seen[0] is r, r.ident == seen[0].ident)
# expect: True True
