class P:
    pass
match P():
    case P(x=1, y):  # expect error: positional patterns follow keyword patterns
        pass
