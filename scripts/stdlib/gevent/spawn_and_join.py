# Greenlets start in spawn order once the spawner waits; join() waits for one, joinall() for
# all and returns the finished ones in the order they finished (only those, after a timeout).
# virtual-time: yes
import gevent

def step(name, pause):
    print(name, "starts")
    gevent.sleep(pause)
    print(name, "ends")
    return name.upper()

a = gevent.spawn(step, "a", 0.3)
b = gevent.spawn(step, "b", 0.1)
print("spawned; nothing ran yet")
a.join()
print("joined a:", a.value, b.dead)
c = gevent.spawn(step, "c", 0.2)
d = gevent.spawn(step, "d", 0.1)
done = gevent.joinall([c, d])
print([g.value for g in done], done[0] is d)
slow = gevent.spawn(step, "slow", 0.5)
quick = gevent.spawn(step, "quick", 0.1)
print([g.value for g in gevent.joinall([slow, quick], timeout=0.2)], slow.dead)
print(gevent.joinall([]), slow.join(), slow.value)
# expect: spawned; nothing ran yet
# expect: a starts
# expect: b starts
# expect: b ends
# expect: a ends
# expect: joined a: A True
# expect: c starts
# expect: d starts
# expect: d ends
# expect: c ends
# expect: ['D', 'C'] True
# expect: slow starts
# expect: quick starts
# expect: quick ends
# expect: ['QUICK'] False
# expect: slow ends
# expect: [] None SLOW
