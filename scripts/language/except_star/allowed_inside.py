# Loops and functions inside an except* clause may use break, continue and return.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        for i in range(5):
            if i == 1:
                continue
            if i == 3:
                break
            print("loop", i)

        def inner():
            return "inner returns"
        print(inner())
    for i in range(3):
        try:
            pass
        except* ValueError:
            pass
        if i == 1:
            break
    return "f returns"


print(f())  # expect: loop 0
# expect: loop 2
# expect: inner returns
# expect: f returns
except_ = 1
print(except_)  # expect: 1
