# Tutorial 002, the gevent module; behaviour S6: eat, play and task sleep 3, 4 and 1 seconds;
# they print eat1, play1, task1, task2, eat2, play2, then the main line, and the total time is
# the longest sleep (4 s), not the sum.
# Unchanged; run on the virtual clock, so the time printed is exactly 4.0 (the tutorial's run
# printed 4.009229421615601), and there is no CPython comparison for that line.
# virtual-time: yes
# python: no
import gevent,time

def eat(name):
    print('%s is eat1'%name)
    #每当遇到IO阻塞时，都会切换到其他任务中去执行，但是如果换成time.sleep方法，只会在原地等待
    gevent.sleep(3)
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
    #spawn 美 /spɔn/ 大量生产线程
    g1 = gevent.spawn(eat,'alex')
    g2 = gevent.spawn(play,'alex')
    g3 = gevent.spawn(task,'alex')
	
    #开启的线程是会随着主线程结束而结束，所以添加join方法，必须等待线程执行完毕，再执行主线程
    g1.join()
    g2.join()
    g3.join()
    
    gevent.joinall([g1,g2,g3])
    print('主')

    end_time = time.time()
    print(end_time - start_time)
'''
alex is eat1   #eat1方法遇到了sleep(3)的IO阻塞，于是切换到了play方法中
alex is play1  #play1方法遇到了sleep(4)的IO阻塞，于是切换到了task方法中
alex is task1  #task1方法遇到了sleep(1)的IO阻塞，但是发现其他方法仍在IO阻塞，于是切换回task方法继续执行
alex is task2  
alex is eat2   #执行完task方法后，eat方法首先完成IO阻塞，于是继续执行
alex is play2  #后续play方法完成IO阻塞，于是继续执行
主
4.009229421615601
'''
