# dead, bool() and repr() follow a greenlet from pending through running and suspended to dead.
from greenlet import greenlet, getcurrent

main = getcurrent()

def body():
    print("running:", bool(me), me.dead, repr(me).split(") ")[1])
    main.switch()

me = greenlet(body)
print("pending:", bool(me), me.dead, repr(me).split(") ")[1])
me.switch()
print("suspended:", bool(me), me.dead, repr(me).split(") ")[1])
me.switch()
print("dead:", bool(me), me.dead, repr(me).split(") ")[1])
print(repr(main).split(") ")[1], bool(main), main.dead)
print(repr(main).startswith("<greenlet.greenlet object at 0x"), type(main).__module__)
class Named(greenlet):
    pass
print(repr(Named()).split(" (")[0].split(" at ")[0])
# expect: pending: False False pending>
# expect: running: True False current active started>
# expect: suspended: True False suspended active started>
# expect: dead: False True dead>
# expect: current active started main> True False
# expect: True greenlet
# expect: <Named object
