def f():
    try:
        pass
    except* ValueError:
        for i in range(2):
            return i  # expect error: 'break', 'continue' and 'return' cannot appear in an except* block
