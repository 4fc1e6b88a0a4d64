# Tutorial 002, the gevent module with monkey-patching; behaviour S7: after patch_all(),
# time.sleep(7) in eat lets play and task run; the total is the longest sleep (7 s).
# Unchanged; run on the virtual clock, so the time printed is exactly 7.0 (the tutorial's run
# printed 7.009400844573975), and there is no CPython comparison for that line.
# virtual-time: yes
# python: no
import gevent,time
#因为monkey.pathc_all()打补丁要写在代码的最前面，所以合并为一句
from gevent import monkey;monkey.patch_all()

def eat(name):
    print('%s is eat1'%name)
    #检测到了time.sleep()的IO阻塞，切换到了其他任务
    time.sleep(7)
    print('%s is eat2'%name)

def play(name):
    print('%s is play1'%name)
    gevent.sleep(4)
    print('%s is play2'%name)

def task(name):
    print('%s is task1'%name)
    gevent.sleep(1)
    print('%s is task2'%name)

if __name__ == '__main__':
    start_time = time.time()
    #通过spawn方法开启的线程遇到IO阻塞时，才会切换到其他方法中
    g1 = gevent.spawn(eat,'alex')
    g2 = gevent.spawn(play,'alex')
    g3 = gevent.spawn(task,'alex')

    g1.join()
    g2.join()
    g3.join()
    print('主')

    end_time = time.time()
    print(end_time - start_time)
'''
alex is eat1
alex is play1
alex is task1
alex is task2
alex is play2
alex is eat2
主
7.009400844573975
'''
