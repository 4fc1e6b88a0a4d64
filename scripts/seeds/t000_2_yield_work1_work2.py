# Tutorial 000, section 2 (a simple coroutine with yield); behaviour S1: two generators stepped
# alternately with next() interleave their output.
# Changed: main's infinite loop runs three rounds; the 0.5 s sleeps are 0.05 s.
import time

def work1():
    while True:
        print("----work1---")
        yield
        time.sleep(0.05)  # changed: time.sleep(0.5)

def work2():
    while True:
        print("----work2---")
        yield
        time.sleep(0.05)  # changed: time.sleep(0.5)

def main():
    w1 = work1()
    w2 = work2()
    for _ in range(3):  # changed: while True:
        next(w1)
        next(w2)

if __name__ == "__main__":
    main()
