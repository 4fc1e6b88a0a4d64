# gevent.event.AsyncResult: one value or exception, delivered later; get() waits for it, or
# raises Timeout; a greenlet can be linked to one.
# virtual-time: yes
import gevent
from gevent.event import AsyncResult

result = AsyncResult()
print(str(result), result.ready(), result.successful(), result.value)

def deliver():
    gevent.sleep(0.1)
    result.set({"answer": 42})

gevent.spawn(deliver)
print(result.get(), result.ready(), result.successful(), str(result))
failed = AsyncResult()
gevent.spawn(failed.set_exception, OSError("disk"))
try:
    failed.get()
except OSError as e:
    print("raised:", e, failed.ready(), failed.successful(), repr(failed.exception))
empty = AsyncResult()
try:
    empty.get(timeout=0.1)
except gevent.Timeout as t:
    print("Timeout:", t)
try:
    empty.get(block=False)
except gevent.Timeout as t:
    print("not ready:", repr(str(t)))
print(empty.wait(0.1), empty.ready())
linked = AsyncResult()
gevent.spawn(lambda: "from a greenlet").link(linked)
print(linked.get())
broken = AsyncResult()
gevent.spawn(lambda: 1 / 0).link(broken)
try:
    broken.get()
except ZeroDivisionError as e:
    print("linked failure:", e)
# stderr: failed with ZeroDivisionError
# expect: <AsyncResult unset  _links[0]> False False None
# expect: {'answer': 42} True True <AsyncResult value={'answer': 42} unset  _links[0]>
# expect: raised: disk True False OSError('disk')
# expect: Timeout: 0.1 seconds
# expect: not ready: ''
# expect: None False
# expect: from a greenlet
# expect: linked failure: division by zero
