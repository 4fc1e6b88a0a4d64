# Tutorial 004, multitasking with yield; behaviour S1: the two generators' output interleaves.
# Changed: main's infinite loop runs three rounds.
import time
	
def task_1():
    while True:
        print("--task1--")
        time.sleep(0.1)
        yield

def task_2():
    while True:
        print("--task2--")
        time.sleep(0.1)
        yield

def main():
    t1 = task_1()
    t2 = task_2()
    for _ in range(3):  # changed: while True:
        next(t1)
        next(t2)

if __name__ == "__main__":
    main()
