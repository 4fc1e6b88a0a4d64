# Tutorial 004, multitasking with gevent; behaviour S5: two greenlets that gevent.sleep take
# turns. Changed: each infinite loop runs three rounds; the 0.5 s sleeps are 0.05 s.
import time
import gevent
from gevent import monkey

monkey.patch_all() # 将程序中用到的耗时操作的代码，如time.sleep，自动替换为gevent实现的代码gevent.sleep，即打补丁后使用time.sleep也能起到让任务延时，让gevent切换任务的的作用	
def task_1():
    for _ in range(3):  # changed: while True:
        print("--task1--")
        # time.sleep(0.5) time.sleep“延时”无效，需是IO操作或 gevent.sleep
        gevent.sleep(0.05)  # changed: gevent.sleep(0.5)

def task_2():
    for _ in range(3):  # changed: while True:
        print("--task2--")
        # time.sleep(0.5)
        gevent.sleep(0.05)  # changed: gevent.sleep(0.5)

def main():
    g1 = gevent.spawn(task_1)
    g2 = gevent.spawn(task_2)
    g1.join()
    g2.join()

if __name__ == "__main__":
    main()
