class K:
    A = "a"
    B = "a"
match {"a": 1, "b": 2}:
    case {K.A: 1, K.B: 2}:  # expect runtime error: ValueError: mapping pattern checks duplicate key ('a')
        pass
