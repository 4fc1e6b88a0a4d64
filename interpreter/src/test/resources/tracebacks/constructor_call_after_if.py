class C:
    def __init__(self):
        raise ValueError
if True: C()
