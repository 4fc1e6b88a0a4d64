for x in range(3):
    try:
        pass
    except* ValueError:
        if x:
            continue  # expect error: 'break', 'continue' and 'return' cannot appear in an except* block
