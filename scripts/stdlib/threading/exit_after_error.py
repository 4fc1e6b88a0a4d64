# An uncaught exception in the main thread is reported first; the non-daemon threads are
# still waited for, and the exit status stays 1.
# virtual-time: yes
import threading
import time


def worker():
    time.sleep(0.1)
    print("worker done")


threading.Thread(target=worker).start()
raise SystemError("main fails")
