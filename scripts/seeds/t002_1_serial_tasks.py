# Tutorial 002, section 1 (switching tasks by running them one after the other).
# Changed: the producer makes 10 items instead of 10,000,000 (the program prints them all).
# Run on the virtual clock, where this takes no time: it prints 0.0 (the tutorial's run took
# 3.29 s), so there is no CPython comparison.
# virtual-time: yes
# python: no
import time

def product():
    data_list = []
    for i in range(10):  # changed: range(10000000)
        data_list.append(i)
    return data_list

def customer(data_list):
    print(data_list)

start_time = time.time()
res = product()
customer(res)
end_time = time.time()
#3.286834955215454秒
print(end_time - start_time)
