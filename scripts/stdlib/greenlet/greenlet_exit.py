# GreenletExit ends a greenlet quietly: the parent receives the exception object as a value.
import greenlet
from greenlet import GreenletExit, getcurrent

class Stop(GreenletExit):
    pass

def leave(kind):
    raise kind("bye")

print(repr(greenlet.greenlet(leave).switch(GreenletExit)))
print(repr(greenlet.greenlet(leave).switch(Stop)))
print(issubclass(GreenletExit, Exception), issubclass(GreenletExit, BaseException))

def loop():
    try:
        while True:
            getcurrent().parent.switch("waiting")
    except GreenletExit:
        print("asked to exit")
        raise

g = greenlet.greenlet(loop)
print(g.switch())
print(repr(g.throw()), g.dead)
# expect: GreenletExit('bye')
# expect: Stop('bye')
# expect: False True
# expect: waiting
# expect: asked to exit
# expect: GreenletExit() True
