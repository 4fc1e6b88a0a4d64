# A pool that is never shut down still finishes the work submitted to it before the program
# exits (its workers are joined at exit, as CPython's are); callbacks run in the worker.
# virtual-time: yes
from concurrent.futures import ThreadPoolExecutor
import time


def job(n):
    time.sleep(0.1 * n)
    return n


def report(future):
    print("finished", future.result())


pool = ThreadPoolExecutor(2)
for n in (4, 1, 2):
    pool.submit(job, n).add_done_callback(report)
print("main program ends")
