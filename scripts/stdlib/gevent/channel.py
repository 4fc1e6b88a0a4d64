# Channel: a queue without room; put() waits until a get() has taken the item.
# virtual-time: yes
import gevent
from gevent.queue import Channel, Full, Empty

ch = Channel()

def reader():
    for _ in range(2):
        gevent.sleep(0.1)
        print("reader got", ch.get())

r = gevent.spawn(reader)
for item in ("first", "second"):
    ch.put(item)
    print("handed over", item)
r.join()
print(ch, ch.qsize(), ch.empty(), ch.full())
try:
    ch.put_nowait("nobody takes it")
except Full:
    print("Full")
try:
    ch.get(timeout=0.1)
except Empty:
    print("Empty")
try:
    Channel(2)
except ValueError as e:
    print(e)
# expect: reader got first
# expect: handed over first
# expect: reader got second
# expect: handed over second
# expect: <Channel > 0 True True
# expect: Full
# expect: Empty
# expect: Channels have a maxsize of 1
