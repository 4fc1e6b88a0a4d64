# gevent.pool.Pool runs at most size greenlets at once: spawn() waits for a free slot;
# map/imap/apply run work in the pool and gather results in order.
# virtual-time: yes
import gevent
from gevent.pool import Pool, PoolFull

def work(n):
    gevent.sleep(0.1 * n)
    print("finished", n)
    return n * n

pool = Pool(2)
print(pool.free_count(), pool.full(), len(pool))
jobs = [pool.spawn(work, n) for n in (3, 1, 2)]
print("third spawned once a slot was free:", pool.free_count(), pool.full())
pool.join()
print([j.value for j in jobs], pool.free_count())
print(pool.map(work, [2, 1]))
print([r for r in pool.imap(work, [2, 1, 3])])
print([r for r in pool.imap_unordered(work, [3, 1])])
print(pool.apply(work, (1,)))
print(pool.apply_async(work, (2,), callback=lambda v: print("callback got", v)).get())
gevent.sleep(0)
print(pool.map_async(work, [1]).get())
tiny = Pool(1)
tiny.spawn(gevent.sleep, 1)
try:
    tiny.add(gevent.Greenlet(work, 1), blocking=False)
except PoolFull as e:
    print("PoolFull", repr(e))
print(tiny.wait_available(timeout=0.1))
tiny.kill()
print(len(tiny), tiny.free_count(), tiny.wait_available())
try:
    Pool(-1)
except ValueError as e:
    print(e)
# expect: 2 False 0
# expect: finished 1
# expect: third spawned once a slot was free: 0 True
# expect: finished 3
# expect: finished 2
# expect: [9, 1, 4] 2
# expect: finished 1
# expect: finished 2
# expect: [4, 1]
# expect: finished 1
# expect: finished 2
# expect: finished 3
# expect: [4, 1, 9]
# expect: finished 1
# expect: finished 3
# expect: [1, 9]
# expect: finished 1
# expect: 1
# expect: finished 2
# expect: callback got 4
# expect: 4
# expect: finished 1
# expect: [1]
# expect: PoolFull PoolFull()
# expect: 0
# expect: 0 1 1
# expect: size must not be negative: -1
