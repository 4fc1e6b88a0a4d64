# Switching to a dead greenlet goes to its parent (or the parent's parent...) instead.
from greenlet import greenlet

def quick():
    return "done at once"

def outer():
    q = greenlet(quick)
    print("first:", q.switch())
    print("again:", q.switch("ignored?"))
    return q

q = greenlet(outer).switch()
print(q.dead, q.switch())
print(q.switch(7, 8))
# expect: first: done at once
# expect: again: ignored?
# expect: True ()
# expect: (7, 8)
