# Tutorial 002, the greenlet module; behaviour S3: switch('alex') starts play with 'alex' as
# its argument; each switch resumes the other greenlet where it stopped. Unchanged.
from greenlet import greenlet

def eat(name):
    print('%s is eat1'%name)
    #切换到g2对象的play方法
    g2.switch('alex')
    print('%s is eat2'%name)
    g2.switch('alex')

def play(name):
    print('%s is play1'%name)
    #切换到g1对象的eat方法
    g1.switch('alex')
    print('%s is play2'%name)

if __name__ == '__main__':
    g1 = greenlet(eat)
    g2 = greenlet(play)
	#switch相当于执行哪个对象的方法
    g1.switch('alex')
