# Tutorial 000, section 5.4 (monkey-patching), first program; behaviour S7: without
# monkey.patch_all(), time.sleep blocks every greenlet, so work1 runs to the end before work2.
# Changed: the random sleeps are a tenth as long (random.random() / 10).
from gevent import monkey
import gevent
import random
import time

def coroutine_work(coroutine_name):
    for i in range(10):
        print(coroutine_name, i)
        time.sleep(random.random() / 10)  # changed: time.sleep(random.random())

gevent.joinall([
        gevent.spawn(coroutine_work, "work1"),
        gevent.spawn(coroutine_work, "work2")
])
