# Tutorial 001, greenlet (the Python 3 form of tutorial 000's section 3); behaviour S3: each
# switch() hands control to the other greenlet, which resumes where it left off.
# Changed: test1's infinite loop runs three rounds (then test1 ends and so does the program);
# the 0.5 s sleeps are 0.05 s.
#coding=utf-8

from greenlet import greenlet
import time

def test1():
    for _ in range(3):  # changed: while True:
        print ("---A--")
        gr2.switch()
        time.sleep(0.05)  # changed: time.sleep(0.5)

def test2():
    while True:
        print ("---B--")
        gr1.switch()
        time.sleep(0.05)  # changed: time.sleep(0.5)

gr1 = greenlet(test1)
gr2 = greenlet(test2)

#切换到gr1中运行
gr1.switch()
