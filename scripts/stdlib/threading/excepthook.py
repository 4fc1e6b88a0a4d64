# An exception that ends a thread goes to threading.excepthook: the default prints CPython's
# "Exception in thread NAME:" and the traceback through the thread's run(); SystemExit is quiet.
# The program itself carries on and exits 0.
# stderr: Exception in thread Thread-1 (boom):
# stderr: Traceback (most recent call last):
# stderr: , in _bootstrap_inner
# stderr:     self.run()
# stderr: , in run
# stderr:     self._target(*self._args, **self._kwargs)
# stderr: line 17, in boom
# stderr: ValueError: bad value 3
import sys
import threading


def boom(n):
    raise ValueError(f"bad value {n}")


t = threading.Thread(target=boom, args=(3,))
t.start()
t.join()
print("main goes on", t.is_alive())
# expect: main goes on False


def quits():
    sys.exit(4)


q = threading.Thread(target=quits)
q.start()
q.join()
print("SystemExit ends only its thread")
# expect: SystemExit ends only its thread

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
for target in (boom, quits):
    h = threading.Thread(target=target, args=(5,) if target is boom else (), name="hooked")
    h.start()
    h.join()
print(seen)
# expect: [('ValueError', 'bad value 5', 'hooked'), ('SystemExit', '4', 'hooked')]
print(threading.__excepthook__ is not hook, threading.ExceptHookArgs.__name__)
# expect: True _ExceptHookArgs


class Bad(threading.Thread):
    def run(self):
        raise KeyError("in run")


threading.excepthook = threading.__excepthook__
b = Bad(name="bad")
b.start()
b.join()
print("done")
# expect: done
