# throw(typ, val) raises in the target where it is suspended; into a greenlet that never ran,
# it kills it at once and the exception goes to its parent.
from greenlet import greenlet, getcurrent

main = getcurrent()

def patient():
    try:
        main.switch("suspended")
    except KeyError as e:
        print("patient caught", repr(e))
        return "handled"

g = greenlet(patient)
print(g.switch())
print(g.throw(KeyError, "key"))
g = greenlet(patient)
g.switch()
print(g.throw(KeyError("instance")))
g = greenlet(patient)
g.switch()
try:
    g.throw(ValueError, ("a", 1))
except ValueError as e:
    print("came back:", e.args, g.dead)
fresh = greenlet(patient)
try:
    fresh.throw(KeyError)
except KeyError as e:
    print("unstarted:", repr(e), fresh.dead)
for bad in (3, "text"):
    try:
        greenlet(patient).throw(bad)
    except TypeError as e:
        print(e)
try:
    greenlet(patient).throw(KeyError("x"), "extra")
except TypeError as e:
    print(e)
# expect: suspended
# expect: patient caught KeyError('key')
# expect: handled
# expect: patient caught KeyError('instance')
# expect: handled
# expect: came back: ('a', 1) True
# expect: unstarted: KeyError() True
# expect: exceptions must be classes, or instances, not int
# expect: exceptions must be classes, or instances, not str
# expect: instance exception may not have a separate value
