# Tutorial 002, section 2 (switching tasks with yield): send() hands each item to the
# consumer, but time.sleep blocks, so nothing else runs meanwhile.
# Changed: 3 items instead of 10,000,000. Run on the virtual clock: the three 2 s sleeps take
# exactly 6.0 s of it, so there is no CPython comparison.
# virtual-time: yes
# python: no
import time

def product():
    g = customer()
    next(g)
    for i in range(3):  # changed: range(10000000)
        #通过send操作，将数据发送至另一个任务的yeild处
        g.send(i)
        #此时进行IO操作，当遇到IO操作时，并没有切换到其他任务上去，没有实现单线程内实现并发
        time.sleep(2)

def customer():
    while True:
        x = yield

start_time = time.time()
product()
end_time = time.time()
#1.4196021556854248秒
print(end_time - start_time)
