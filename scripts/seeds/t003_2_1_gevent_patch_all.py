# Tutorial 003, section 2.1 (gevent, the basic form): after monkey.patch_all() the ten eat()
# greenlets' time.sleep(1) overlap: all ten start, then all ten finish. Unchanged.
# virtual-time: yes
import time
import gevent
from gevent import monkey			
monkey.patch_all()				#用mokey模块使协程识别多次使用的外部方法,比如time.time()
def eat():
    print('wusir is eating')
    time.sleep(1)
    print('wusir finished eat')

def sleep():
    print('小马哥 is sleeping')
    time.sleep(1)
    print('小马哥 finished sleep')

# g1 = gevent.spawn(eat)   # 创造一个协程任务
# g2 = gevent.spawn(sleep)   # 创造一个协程任务
# print(g1.value)
# print(g2.value)
# # g1.join()   # 阻塞 直到g1任务完成为止
# # g2.join()   # 阻塞 直到g1任务完成为止
# gevent.joinall([g1,g2,g3])		#知道列表内的协程任务全部终止为止
g_l = []
for i in range(10):
    g = gevent.spawn(eat)
    g_l.append(g)
gevent.joinall(g_l)
