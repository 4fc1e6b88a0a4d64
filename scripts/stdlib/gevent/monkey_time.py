# S7: time.sleep blocks every greenlet until gevent.monkey patches it; then it is gevent.sleep
# and the greenlets interleave.
# virtual-time: yes
import time
import gevent
from gevent import monkey

def worker(name):
    for i in range(2):
        print(name, i)
        time.sleep(0.1)

print(monkey.is_module_patched("time"), monkey.is_anything_patched())
gevent.joinall([gevent.spawn(worker, "a"), gevent.spawn(worker, "b")])
original = time.sleep
monkey.patch_time()
print(monkey.is_module_patched("time"), time.sleep is gevent.sleep,
      monkey.get_original("time", "sleep") is original)
gevent.joinall([gevent.spawn(worker, "c"), gevent.spawn(worker, "d")])
print(monkey.patch_all(), monkey.patch_time())
print([monkey.is_module_patched(m) for m in ("socket", "threading", "select", "os", "sys")])
# expect: False False
# expect: a 0
# expect: a 1
# expect: b 0
# expect: b 1
# expect: True True True
# expect: c 0
# expect: d 0
# expect: c 1
# expect: d 1
# expect: True None
# expect: [True, True, True, True, False]
