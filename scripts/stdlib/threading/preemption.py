# Threads that never wait still take turns: a thread is preempted once it has run for the
# switch interval while another is ready, as CPython's threads give way at the GIL.
import sys
import threading

print(sys.getswitchinterval())
# expect: 0.005
stop = False
count = 0


def spin():
    global count
    while not stop:
        count += 1


t = threading.Thread(target=spin)
t.start()
while count < 1000:
    pass
stop = True
t.join()
print("the spinner ran while main spun:", count >= 1000)
# expect: the spinner ran while main spun: True

# A busy loop waiting for a Timer's flag: the timer fires while the loop spins.
flag = threading.Event()
threading.Timer(0.01, flag.set).start()
while not flag.is_set():
    pass
print("flag set")
# expect: flag set

sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
# expect: 0.001
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
# expect: switch interval must be strictly positive
