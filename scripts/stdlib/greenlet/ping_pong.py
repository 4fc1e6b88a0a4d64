# S3: two greenlets hand control back and forth with switch(); each resumes where it left.
from greenlet import greenlet

def ping(rounds):
    for i in range(rounds):
        print("ping", i)
        pong.switch()
    return "ping finished"

def pong():
    n = 0
    while True:
        print("pong", n)
        n += 1
        pinger.switch()

pinger = greenlet(ping)
pong = greenlet(pong)
print(pinger.switch(3))
print(pinger.dead, pong.dead)
# expect: ping 0
# expect: pong 0
# expect: ping 1
# expect: pong 1
# expect: ping 2
# expect: pong 2
# expect: ping finished
# expect: True False
