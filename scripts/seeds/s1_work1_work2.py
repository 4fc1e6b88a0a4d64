# S1 (tutorial 000): two generator functions stepped alternately with next() interleave their
# output. The tutorial loops forever; this copy stops after three rounds.
import time

def work1():
    while True:
        print("----work1---")
        yield
        time.sleep(0.05)

def work2():
    while True:
        print("----work2---")
        yield
        time.sleep(0.05)

def main():
    w1 = work1()
    w2 = work2()
    for _ in range(3):
        next(w1)
        next(w2)

if __name__ == "__main__":
    main()
