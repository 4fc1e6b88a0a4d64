# Tutorial 000, section 5.4 (monkey-patching), second program; behaviour S7: after
# monkey.patch_all(), time.sleep lets the other greenlet run, so the two interleave.
# Changed: the random sleeps are a tenth as long, and the generator is seeded so that the
# interleaving (which the tutorial's run shows one instance of) is the same on every run.
# Tutorial 001 shows the same program.
# The expected output is that of exact sleeps (Weft's virtual clock): real gevent on a busy
# machine can swap two wake-ups a few milliseconds apart, so there is no CPython comparison.
# virtual-time: yes
# python: no
from gevent import monkey
import gevent
import random
import time
random.seed(139)  # changed: added

# 有耗时操作时需要
monkey.patch_all()  # 将程序中用到的耗时操作的代码，换为gevent中自己实现的模块

def coroutine_work(coroutine_name):
    for i in range(10):
        print(coroutine_name, i)
        time.sleep(random.random() / 10)  # changed: time.sleep(random.random())

gevent.joinall([
        gevent.spawn(coroutine_work, "work1"),
        gevent.spawn(coroutine_work, "work2")
])
