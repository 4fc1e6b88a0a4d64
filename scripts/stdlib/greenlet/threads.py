# Each thread has a main greenlet of its own (no parent), and greenlets made in a thread run
# there.
import threading
import greenlet

def body():
    me = greenlet.getcurrent()
    print("thread:", repr(me).split(") ")[1], me.parent, me is not main)
    print(greenlet.greenlet(lambda: "a greenlet in the thread").switch())

main = greenlet.getcurrent()
t = threading.Thread(target=body)
t.start()
t.join()
print("main:", repr(greenlet.getcurrent()).split(") ")[1])
# expect: thread: current active started main> None True
# expect: a greenlet in the thread
# expect: main: current active started main>
