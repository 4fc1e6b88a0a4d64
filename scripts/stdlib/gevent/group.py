# gevent.pool.Group: greenlets to wait for, or kill, together; members leave it as they end.
# virtual-time: yes
import gevent
from gevent.pool import Group

def work(n):
    gevent.sleep(0.1 * n)
    return n

group = Group()
for n in (2, 1, 3):
    group.spawn(work, n)
print(len(group), group.full())
print(group.join(timeout=0.15), len(group))
print(group.join(), len(group))
g = gevent.spawn(work, 1)
group.add(g)
print(g in group, len(group))
group.discard(g)
print(g in group, len(group))
group.spawn(gevent.sleep, 10)
group.spawn(gevent.sleep, 10)
group.kill()
print("killed:", len(group))
print(group.map(work, [1, 2]), group.apply(work, (3,)))
# expect: 3 False
# expect: False 2
# expect: True 0
# expect: True 1
# expect: False 0
# expect: killed: 0
# expect: [1, 2] 3
