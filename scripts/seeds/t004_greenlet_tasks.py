# Tutorial 004, multitasking with greenlet; behaviour S3: each switch() hands control over.
# Changed: task_1's infinite loop runs three rounds (then the program ends); the 0.5 s sleeps
# are 0.05 s.
import time
from greenlet import greenlet

def task_1():
    for _ in range(3):  # changed: while True:
        print("--task1--")
        time.sleep(0.05)  # changed: time.sleep(0.5)
        gr2.switch()

def task_2():
    while True:
        print("--task2--")
        time.sleep(0.05)  # changed: time.sleep(0.5)
        gr1.switch()

def main():
    gr1.switch()

gr1 = greenlet(task_1)
gr2 = greenlet(task_2)
if __name__ == "__main__":
    main()
