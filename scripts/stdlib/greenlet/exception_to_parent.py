# An uncaught exception kills the greenlet and is raised in its parent, at the switch that
# was waiting there; the traceback runs from the parent's frames into the greenlet's.
from greenlet import greenlet

def divide(a, b):
    return a / b  # expect runtime error: ZeroDivisionError: division by zero

def worker():
    print("worker starts")
    return divide(1, 0)

def middle():
    gw.switch()
    print("never printed")

gw = greenlet(worker)
gm = greenlet(middle)
try:
    gm.switch()
except ZeroDivisionError as e:
    print("caught in main:", e, gw.dead, gm.dead)
gw = greenlet(worker)
gw.switch()
# expect: worker starts
# expect: caught in main: division by zero True False
# expect: worker starts
