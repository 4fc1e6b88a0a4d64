# Tutorial 000, section 5.3 (gevent switching); behaviour S5: with gevent.sleep the three
# greenlets interleave: g1 0, g2 0, g3 0, g1 1, ...
# Changed: the sleeps are 0.01 s instead of 1 s. Any address matches the tutorial's.
import gevent

def f(n):
    for i in range(n):
        print(gevent.getcurrent(), i)
        #用来模拟一个耗时操作，注意不是time模块中的sleep
        gevent.sleep(0.01)  # changed: gevent.sleep(1)

g1 = gevent.spawn(f, 5)
g2 = gevent.spawn(f, 5)
g3 = gevent.spawn(f, 5)
g1.join()
g2.join()
g3.join()
