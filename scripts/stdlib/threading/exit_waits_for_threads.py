# When the main program ends, Python waits for every non-daemon thread (also those they start
# meanwhile); daemon threads are dropped where they stand, their finally blocks unrun.
# virtual-time: yes
import threading
import time

late_done = threading.Event()


def first():
    time.sleep(0.1)
    print("first finishes after main")
    threading.Thread(target=late).start()


def late():
    time.sleep(0.05)
    print("started late, finishes after main")
    late_done.set()


def second():
    late_done.wait()
    print("second finishes last")


def daemon():
    try:
        time.sleep(10)
    finally:
        print("daemon cleanup never runs")


threading.Thread(target=first).start()
threading.Thread(target=second).start()
threading.Thread(target=daemon, daemon=True).start()
print("main ends with", threading.active_count(), "threads")
